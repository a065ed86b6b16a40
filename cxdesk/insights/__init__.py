"""What the analysis pages show: one function per page turns a filter into frozen results."""
