"""The terminal side of the command line: secrets read without echo or from a file
descriptor, private words read from standard input, and signals held while a key change
must not be cut short."""
