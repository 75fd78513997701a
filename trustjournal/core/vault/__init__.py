"""The vault: keys, the SQLCipher connection, schema and the stores; the only code that speaks SQL."""
