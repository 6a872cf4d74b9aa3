echo "fuzz: not yet"
