# Stands in, as a CTest test, for a test whose tool was not found at configure time: it fails
# with MESSAGE (what is missing and the package to install), so a missing tool never passes
# as a skipped test.
message(FATAL_ERROR "${MESSAGE}")
