// failOn=banana: the message names the parameter, its property, the value and the allowed values.
def log = new File(basedir, 'build.log').text
assert log.contains("Invalid value 'banana' for parameter 'failOn' (property lawful.failOn); allowed values: error, warning, note, never")
assert !log.contains('\tat ') : 'no stack trace'
assert !new File(basedir, 'target/lawful').exists() : 'parameters are checked before the analysis'
