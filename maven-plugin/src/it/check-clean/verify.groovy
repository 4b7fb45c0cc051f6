// Every personal-data field is declared: the check passes and the reports say so.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = new File(basedir, 'target/lawful/lawful.json')
assert json.isFile()
def report = new JsonSlurper().parse(json)

assert report.findings == []
def personal = report.inventory.collect { "${it['class']}#${it.member}".toString() } as Set
assert personal == ['com.example.shop.Customer#id', 'com.example.shop.Customer#fullName', 'com.example.shop.Customer#email'] as Set
assert report.inventory.every { it.declaration?.id == 'customers' }
assert log.contains('Lawful: 0 errors, 0 warnings, 0 notes')
assert log.contains('BUILD SUCCESS')
