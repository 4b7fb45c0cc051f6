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
