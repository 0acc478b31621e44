#!/usr/bin/env python3
"""SIRETs with a valid Luhn key for the scripts' test data.
   siret.py                 a random one (first digit 4)
   siret.py <13 digits>     those digits and the key that makes them valid
Imported by reliability/load.py (siret(first_digit))."""
import random
import sys


def complete(base):
    """The 14-digit SIRET whose first 13 digits are base."""
    for key in range(10):
        candidate = base + str(key)
        total = 0
        for i, ch in enumerate(reversed(candidate)):
            d = int(ch)
            if i % 2:
                d = d * 2 - 9 if d * 2 > 9 else d * 2
            total += d
        if total % 10 == 0:
            return candidate
    raise ValueError(base)


def siret(first_digit="4"):
    return complete(first_digit + "".join(random.choice("0123456789") for _ in range(12)))


if __name__ == "__main__":
    print(complete(sys.argv[1][:13]) if len(sys.argv) > 1 else siret())
