def remove_occ(s, ch):
    return s.replace(ch, "")
