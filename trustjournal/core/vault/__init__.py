"""The vault: keys, the SQLCipher connection, schema and stores; the only code that speaks SQL."""
