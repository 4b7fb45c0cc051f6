// ISO-8859-1 identifiers read right (inventory and code snippets); excludes and test sources honoured.
import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/lawful/lawful.json'))
def members = report.inventory*.member as Set
assert members == ['födelsedatum', 'henkilötunnus', 'sähköposti'] as Set
assert report.inventory.find { it.member == 'henkilötunnus' }.categories == ['user.government_id.national_identification_number']
assert report.summary.sourceFiles == 1 : 'the generated file is excluded, the test source left out'

def sarif = new File(basedir, 'target/lawful/lawful.sarif').getText('UTF-8')
assert sarif.contains('private String henkilötunnus;')
assert !sarif.contains('\uFFFD') : 'no replacement characters in the snippets'

// lawful:init: a declaration per class with its fields and categories, TODO for the rest.
def rules = new File(basedir, 'lawful.yaml').getText('UTF-8')
assert rules.contains('extends: builtin:gdpr')
assert rules.contains('classes: [com.example.kund.Kund]')
assert rules.contains('fields: [födelsedatum, henkilötunnus, sähköposti]')
assert rules.contains('legalBasis: TODO')
assert rules.contains('# Legal bases: ') && rules.contains('contract')
// ... and the check refuses it until the TODOs are filled in, naming the place.
def log = new File(basedir, 'build.log').text
assert log.contains('Lawful cannot run: the configuration is wrong')
assert log =~ /lawful\.yaml:\d+:\d+: .*TODO/
true
