// mvn site: a Lawful page listing the findings, the full reports beside it, no failure.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def page = new File(basedir, 'target/site/lawful.html')
assert page.isFile()
def html = page.getText('UTF-8')
assert html.contains('Lawful')
assert html.contains('personal-data-undeclared')
assert html.contains('Customer#email')
assert html.contains('src/main/java/com/example/shop/Customer.java:7')
assert html.contains('href="lawful/lawful.json"')
assert html.contains('Fails: ') && !html.contains('findings do not fail this build') : 'the verdict lawful:check gives by default, as in lawful/lawful.html'
assert !html.contains('class="label"') : "the site skin's Bootstrap draws .label as a grey badge"
assert new File(basedir, 'target/site/lawful/lawful.json').isFile()
assert new File(basedir, 'target/site/project-reports.html').text.contains('href="lawful.html"') : 'listed among the project reports'
