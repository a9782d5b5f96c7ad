# cmake -DFROM=<committed corpus> -DTO=<scratch dir> -P resetcorpus.cmake
# Gives a fuzzer's smoke run a fresh copy of the committed corpus.
file(REMOVE_RECURSE "${TO}")
file(MAKE_DIRECTORY "${TO}")
file(GLOB seeds "${FROM}/*")
file(COPY ${seeds} DESTINATION "${TO}")
