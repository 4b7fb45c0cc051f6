// Goals by coordinates on a reactor, the root rule file, and the aggregate check.
import groovy.json.JsonSlurper

def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
def subjects = { report -> report.findings.findAll { it['class'] }.collect { "${it.ruleId} ${it['class']}#${it.member}".toString() } as Set }
def log = new File(basedir, 'build.log').text

// Each module was analysed against the root's lawful.yaml, its classes read after compile.
def core = json('core/target/lawful/lawful.json')
def web = json('web/target/lawful/lawful.json')
[core, web].each { assert it.policy.id == 'reactor-shop' }
assert subjects(core) == ['personal-data-undeclared com.example.core.Customer#personnummer',
                          'category-undisclosed com.example.core.Customer#personnummer'] as Set
assert core.policy.files == ['builtin:gdpr', '../lawful.yaml']
assert subjects(web) == ['personal-data-undeclared com.example.web.SignupForm#phoneNumber'] as Set
assert core.summary.classFiles > 0 && web.summary.classFiles > 0

// One aggregate report at the root with both modules' findings, paths relative to the root.
def all = json('target/lawful/lawful.json')
assert all.policy.id == 'reactor-shop'
assert subjects(all) == subjects(core) + subjects(web)
assert all.findings.findAll { it['class'] }*.file.unique().sort() ==
        ['core/src/main/java/com/example/core/Customer.java', 'web/src/main/java/com/example/web/SignupForm.java']
assert new File(basedir, 'target/lawful/lawful.html').isFile()

// The aggregate check failed once, with the totals per module.
assert log.contains('Lawful found 3 findings at or above severity error: 3 errors')
assert log =~ /Per module:\s+\[ERROR\]\s+reactor: 0 errors, \d+ warnings?, \d+ notes?\s+\[ERROR\]\s+core: 2 errors, /
assert log =~ /web: 1 error, /
assert !log.contains('Could not resolve dependencies')
assert !log.contains('\tat ') : 'no stack trace'

// lawful:help lists every goal.
['lawful:aggregate', 'lawful:aggregate-check', 'lawful:check', 'lawful:report', 'lawful:site-report', 'lawful:help'].each {
    assert log.contains(it + '\n') || log.contains(it + '\r\n') : "help lists $it"
}
true
