// The baseline accepts old findings, rejects new ones, reports removable entries, and is rewritten on request.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// 1. One new finding fails; the accepted one is not listed; the removed field's entry is removable.
assert log.contains('Lawful found 1 new finding at or above severity error: 1 error')
assert log =~ /1 finding accepted by the baseline lawful-baseline\.json, 1 new; 1 baseline entry no longer found/
assert log =~ /\[ERROR\]   \d+:\d+ error personal-data-undeclared \[user\.contact\.phone_number\] Customer#phoneNumber/

// 2. The rewritten baseline holds today's findings, sorted, and nothing removed.
def baseline = new JsonSlurper().parse(new File(basedir, 'lawful-baseline.json'))
assert baseline.findings*.subject == ['com.example.shop.Customer#email', 'com.example.shop.Customer#phoneNumber']
assert log.contains('wrote the baseline lawful-baseline.json with 2 findings')

// 3. The last report marks both findings baselined.
def report = new JsonSlurper().parse(new File(basedir, 'target/lawful/lawful.json'))
assert report.findings*.baseline == ['baselined', 'baselined']
assert report.baseline.file == 'lawful-baseline.json'
assert report.baseline.removable == []
def sarif = new JsonSlurper().parse(new File(basedir, 'target/lawful/lawful.sarif'))
assert sarif.runs[0].results*.baselineState == ['unchanged', 'unchanged']
assert log.contains('BUILD SUCCESS')
assert !log.contains('\tat ') : 'no stack trace'

// The scan cache: the first run parses, the later ones take the unchanged file from the cache.
assert log.contains('Lawful: 0 source files unchanged since the last analysis')
assert log.contains('Lawful: 1 source file unchanged since the last analysis')
assert new File(basedir, 'target/lawful/cache/scan.json').isFile()
