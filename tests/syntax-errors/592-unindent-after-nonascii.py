match x:
    case 0:
        pass
   é case 1:
