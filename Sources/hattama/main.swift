import HattamaCLI

#if canImport(Glibc)
  import Glibc

  // A write past a file-size limit (RLIMIT_FSIZE) must fail with EFBIG and be reported, as a
  // full disk is, rather than kill the process while it holds a journal's lock.
  signal(SIGXFSZ, SIG_IGN)
#endif

HattamaCLI.main()
