// The sample web shop against lawful.yaml + builtin:jalonom: exactly these findings; the
// check fails listing them; the report goal then passes; every report is written.
import groovy.json.JsonSlurper

// Findings about the code and lawful.yaml, exactly: severity, rule, and what it is about
// (class#member for a field, else file:line: the recipient's use, the stale declaration).
def expected = '''
error category-undisclosed com.jalonom.webshop.analytics.AnalyticsEvent#clientId
error category-undisclosed com.jalonom.webshop.analytics.AnalyticsEvent#userAgent
error category-undisclosed com.jalonom.webshop.customer.Asiakas#id
error category-undisclosed com.jalonom.webshop.customer.Customer#id
error category-undisclosed com.jalonom.webshop.customer.Customer#passwordHash
error category-undisclosed com.jalonom.webshop.marketing.NewsletterSubscription#consentGiven
error category-undisclosed com.jalonom.webshop.marketing.NewsletterSubscription#consentGivenAt
error category-undisclosed com.jalonom.webshop.order.Faktura#iban
error category-undisclosed com.jalonom.webshop.support.Reklamation#allergiBeskrivning
error legal-basis-missing com.jalonom.webshop.order.Faktura#fakturaadress
error legal-basis-missing com.jalonom.webshop.order.Faktura#iban
error legal-basis-missing com.jalonom.webshop.order.Faktura#kundnamn
error legal-basis-not-allowed com.jalonom.webshop.marketing.Kundprofil#epost
error personal-data-undeclared com.jalonom.webshop.analytics.AnalyticsEvent#clientId
error personal-data-undeclared com.jalonom.webshop.analytics.AnalyticsEvent#ipAddress
error personal-data-undeclared com.jalonom.webshop.analytics.AnalyticsEvent#userAgent
error personal-data-undeclared com.jalonom.webshop.customer.Asiakas#id
error personal-data-undeclared com.jalonom.webshop.customer.Asiakas#puhelinnumero
error personal-data-undeclared com.jalonom.webshop.customer.Customer#id
error personal-data-undeclared com.jalonom.webshop.customer.Customer#passwordHash
error personal-data-undeclared com.jalonom.webshop.customer.Customer#personnummer
error recipient-undeclared src/main/java/com/jalonom/webshop/marketing/NewsletterSender.java:14
error retention-missing com.jalonom.webshop.customer.Asiakas#henkilotunnus
error transfer-without-safeguard src/main/java/com/jalonom/webshop/support/ChatTranscript.java:13
note policy-recipient-categories-missing lawful.yaml:29
warning declaration-stale lawful.yaml:87
warning dpia-missing lawful.yaml:4
'''.trim().readLines()

// The bundled Jalonom policy's own gaps (policy lint, unused recipients): which rules fire.
def expectedAboutJalonom = '''
note policy-contact-not-dpo
note policy-recipient-categories-missing
note recipient-unused
warning policy-complaint-right-missing
warning policy-consent-implied
warning policy-controller-ambiguous
warning policy-profiling-without-consent
warning policy-purpose-basis-interpreted
warning policy-retention-missing
warning policy-right-missing
warning policy-transfer-without-safeguard
warning policy-withdraw-consent-missing
'''.trim().readLines()

def subject(f) {
    f['class'] ? "${f['class']}#${f.member}" : "${f.file}:${f.line}"
}

def report = new JsonSlurper().parse(new File(basedir, 'target/lawful/lawful.json'))
def (aboutJalonom, aboutShop) = report.findings.split { it.file.startsWith('builtin:') }
def actual = aboutShop.collect { "${it.severity} ${it.ruleId} ${subject(it)}".toString() }.sort()
assert actual == expected.sort()
assert aboutJalonom.collect { "${it.severity} ${it.ruleId}".toString() }.unique().sort() == expectedAboutJalonom.sort()

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
// 1. lawful:check failed: a summary, the findings grouped by file, one line each, at most 20,
//    then how many more and where the HTML report is; the bundled policy's gaps one line per rule.
assert log =~ /Lawful found \d+ findings at or above severity error: \d+ errors/
assert log =~ /\[ERROR\] src\/main\/java\/com\/jalonom\/webshop\/customer\/Customer\.java\s/
assert log =~ /\[ERROR\]   \d+:\d+ error personal-data-undeclared \[user\.government_id\.national_identification_number\] Customer#personnummer: /
def listed = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\]   (\d+(:\d+)? )?(error|warning|note) [a-z-]+/ }
assert listed.size() == 20
assert log =~ /\.\.\. and \d+ more: .*target\/lawful\/lawful\.html/
assert log.contains('target/lawful/lawful.json')
assert !log.contains('\tat ') : 'no stack trace'
// 2. lawful:report passed.
assert log.contains('BUILD SUCCESS')
