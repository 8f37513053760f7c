"""The media pipeline: turns uploaded files into stored, measured media assets (M2, M3).

Infrastructure only: it knows files, not resources, courses or users' roles, and never imports ``cms`` or ``api``.
"""
