"""Accounts: register, sign in and out, password reset, profiles."""
