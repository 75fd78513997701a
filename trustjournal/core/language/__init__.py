"""The language TrustJournal speaks (docs/decisions/0005-translations.md): which one is
chosen, its gettext catalogue, the lazy lookup behind every `texts` module, the
pseudo-locale that shows what is not marked, and the tools that extract, compile and
check the catalogues. Plain Python: core and the command line need no Qt for it.
"""
