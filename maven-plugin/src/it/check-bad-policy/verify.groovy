// A wrong rule file: the build fails with the file, line and column, and no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains('Lawful cannot run: the configuration is wrong')
assert log =~ /lawful\.yaml:9:5: [^\n]*purpose/
assert !log.contains('\tat ') : 'no stack trace'
assert !(log =~ /(?m)^[\w.$]+(Exception|Error)(: |$)/) : 'no exception printed'
