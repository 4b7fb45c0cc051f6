// The sample web shop against lawful.yaml + builtin:jalonom: exactly these findings, the
// check fails listing them, the report goal passes, and every report is written.
import groovy.json.JsonSlurper

def expected = [
    // ruleId, class, member (null for findings about the rule file)
    ['category-undisclosed',      'com.jalonom.webshop.support.Reklamation',     'allergiskReaktion'],
    ['declaration-stale',         null,                                          null],
    ['legal-basis-missing',       'com.jalonom.webshop.order.Faktura',           'iban'],
    ['legal-basis-missing',       'com.jalonom.webshop.order.Faktura',           'kundnamn'],
    ['legal-basis-not-allowed',   'com.jalonom.webshop.marketing.Kundprofil',    'epost'],
    ['personal-data-undeclared',  'com.jalonom.webshop.analytics.PageView',      'ipAddress'],
    ['personal-data-undeclared',  'com.jalonom.webshop.customer.Asiakas',        'puhelinnumero'],
    ['personal-data-undeclared',  'com.jalonom.webshop.customer.Customer',       'personnummer'],
    ['retention-missing',         'com.jalonom.webshop.customer.Asiakas',        'henkilotunnus'],
].collect { it.join(' ') }.sort()

def report = new JsonSlurper().parse(new File(basedir, 'target/lawful/lawful.json'))
def actual = report.findings.collect { [it.ruleId, it['class'], it.member].join(' ') }.sort()
assert actual == expected

// Not personal data: never in the inventory.
def personal = report.inventory.collect { "${it['class'].tokenize('.').last()}#${it.member}".toString() } as Set
['Product#name', 'ServerConfig#host', 'ServerConfig#address', 'MailServerConfig#host', 'OrderLine#productName'].each {
    assert !personal.contains(it) : "$it is not personal data"
}

['lawful.json', 'lawful.txt'].each { name ->
    assert new File(basedir, "target/lawful/$name").isFile() : "report $name written"
}

def log = new File(basedir, 'build.log').text
// 1. lawful:check failed, listing each finding with place, rule, category, message and fix.
assert log =~ /Lawful found \d+ findings? at or above severity error:/
assert log =~ /src\/main\/java\/com\/jalonom\/webshop\/customer\/Customer\.java:\d+:\d+: error personal-data-undeclared \[[^\]]+\] com\.jalonom\.webshop\.customer\.Customer#personnummer/
assert log.contains('Fix: ')
assert log.contains('target/lawful/lawful.json')
assert !log.contains('\tat ') : 'no stack trace'
// 2. lawful:report passed.
assert log.contains('BUILD SUCCESS')
