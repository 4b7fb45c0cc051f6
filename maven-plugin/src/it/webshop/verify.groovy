// The sample web shop against lawful.yaml + builtin:jalonom: exactly these findings; the
// check fails listing them; the report goal then passes; every report is written.
import groovy.json.JsonSlurper

// severity, rule, and what it is about: class#member for code, else the rule file and the
// recipient or declaration id from the message.
def expected = '''
error category-undisclosed com.jalonom.webshop.analytics.AnalyticsEvent#clientId
error category-undisclosed com.jalonom.webshop.analytics.AnalyticsEvent#userAgent
error category-undisclosed com.jalonom.webshop.customer.Customer#passwordHash
error category-undisclosed com.jalonom.webshop.marketing.NewsletterSubscription#consentGivenAt
error category-undisclosed com.jalonom.webshop.order.Faktura#iban
error category-undisclosed com.jalonom.webshop.support.Reklamation#allergiBeskrivning
error legal-basis-missing com.jalonom.webshop.order.Faktura#fakturaadress
error legal-basis-missing com.jalonom.webshop.order.Faktura#fakturanummer
error legal-basis-missing com.jalonom.webshop.order.Faktura#iban
error legal-basis-missing com.jalonom.webshop.order.Faktura#kundnamn
error legal-basis-not-allowed com.jalonom.webshop.marketing.Kundprofil#epost
error personal-data-undeclared com.jalonom.webshop.analytics.AnalyticsEvent#clientId
error personal-data-undeclared com.jalonom.webshop.analytics.AnalyticsEvent#ipAddress
error personal-data-undeclared com.jalonom.webshop.analytics.AnalyticsEvent#userAgent
error personal-data-undeclared com.jalonom.webshop.customer.Asiakas#puhelinnumero
error personal-data-undeclared com.jalonom.webshop.customer.Customer#passwordHash
error personal-data-undeclared com.jalonom.webshop.customer.Customer#personnummer
error recipient-undeclared src/main/java/com/jalonom/webshop/marketing/NewsletterSender.java mailchimp
error retention-missing com.jalonom.webshop.customer.Asiakas#henkilotunnus
error transfer-without-safeguard builtin:jalonom facebook
error transfer-without-safeguard builtin:jalonom google-ads
error transfer-without-safeguard builtin:jalonom linkedin
error transfer-without-safeguard builtin:jalonom tawk-to
note recipient-unused builtin:jalonom facebook
note recipient-unused builtin:jalonom google-ads
note recipient-unused builtin:jalonom linkedin
warning declaration-stale lawful.yaml old-crm
'''.trim().readLines()

def subject(f) {
    if (f['class']) {
        return "${f['class']}#${f.member}"
    }
    def id = (f.message =~ /\(([a-z][a-z0-9-]*)\)|declaration ([a-z0-9-]+)/)
    return "${f.file} ${id ? (id[0][1] ?: id[0][2]) : '?'}"
}

def report = new JsonSlurper().parse(new File(basedir, 'target/lawful/lawful.json'))
def actual = report.findings.collect { "${it.severity} ${it.ruleId} ${subject(it)}".toString() }.sort()
assert actual == expected.sort()

// Not personal data: never in the inventory.
def personal = report.inventory.collect { "${it['class'].tokenize('.').last()}#${it.member}".toString() } as Set
['Product#name', 'ServerConfig#host', 'ServerConfig#address', 'MailServerConfig#host', 'OrderLine#productName'].each {
    assert !personal.contains(it) : "$it is not personal data"
}
// Declared in code, at the field and at the class.
['Asiakas#sahkoposti', 'NewsletterSubscription#email'].each { member ->
    assert report.inventory.find { "${it['class'].tokenize('.').last()}#${it.member}" == member }?.declaration?.source == 'annotation'
}

['lawful.json', 'lawful.sarif', 'lawful.html', 'lawful.txt'].each { name ->
    assert new File(basedir, "target/lawful/$name").isFile() : "report $name written"
}

def log = new File(basedir, 'build.log').text
// 1. lawful:check failed, listing each finding with place, rule, category, message and fix.
assert log =~ /Lawful found \d+ findings at or above severity error:/
assert log =~ /src\/main\/java\/com\/jalonom\/webshop\/customer\/Customer\.java:\d+:\d+: error personal-data-undeclared \[user\.government_id\.national_identification_number\] com\.jalonom\.webshop\.customer\.Customer#personnummer/
assert log.contains('Fix: ')
assert log.contains('target/lawful/lawful.json')
assert !log.contains('\tat ') : 'no stack trace'
// 2. lawful:report passed.
assert log.contains('BUILD SUCCESS')
