"""The question bank (C4, M5, L5): item types, answer keys and scoring; models, import and papers follow."""
