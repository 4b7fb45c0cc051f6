// lawful.skip=true: nothing is analysed, nothing is written, the build passes.
def log = new File(basedir, 'build.log').text
assert log.contains('Lawful is skipped.')
assert !new File(basedir, 'target/lawful').exists()
assert log.contains('BUILD SUCCESS')
