match x:
    case 1 | a:
        pass
    case 2:
        pass
