import HattamaCLI

HattamaCLI.main()
