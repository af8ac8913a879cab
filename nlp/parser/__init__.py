"""A small dependency parser + morphologizer trained on the Indonesian UD treebanks."""
