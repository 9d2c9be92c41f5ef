"""Hidden input: the hand-over screens and the editor nobody else can read."""
