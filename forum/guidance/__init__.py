"""Good-practice guidance: pages split into sections, with revisions and attachments."""
