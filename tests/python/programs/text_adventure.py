# A scripted text adventure: rooms as a graph, an inventory, locked doors,
# a command parser with match statements, and a fixed command script.

ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"]},
}
LOCKED = {("kitchen", "down"): "key"}
DARK = {"cellar"}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.score = 0
        self.over = False

    def look(self):
        room = ROOMS[self.room]
        if self.room in DARK and "lamp" not in self.inventory:
            return "It is pitch black."
        items = ", ".join(room["items"]) or "nothing"
        exits = ", ".join(sorted(room["exits"]))
        return f"You are in {room['desc']}. You see: {items}. Exits: {exits}."

    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        need = LOCKED.get((self.room, direction))
        if need and need not in self.inventory:
            return f"The way {direction} is locked."
        self.room = exits[direction]
        self.moves += 1
        return self.look()

    def take(self, item):
        if self.room in DARK and "lamp" not in self.inventory:
            return "You fumble in the dark."
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.score += 50
        return f"Taken: {item}."

    def drop(self, item):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        ROOMS[self.room]["items"].append(item)
        return f"Dropped: {item}."

    def handle(self, line):
        match line.lower().split():
            case ["look" | "l"]:
                return self.look()
            case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
                return self.go(direction)
            case ["take" | "get", item]:
                return self.take(item)
            case ["drop", item]:
                return self.drop(item)
            case ["inventory" | "i"]:
                return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing") + "."
            case ["quit"]:
                self.over = True
                return f"Final score {self.score} in {self.moves} moves."
            case []:
                return "Say something."
            case [verb, *rest]:
                return f"I don't understand {verb!r}" + (f" with {len(rest)} word(s)." if rest else ".")


SCRIPT = ["look", "take lamp", "go east", "down", "west", "north", "take key", "take sword",
          "i", "south", "east", "go down", "take treasure", "drop bread", "inventory",
          "dance wildly now", "", "up", "quit"]

game = Game()
for command in SCRIPT:
    print(f"> {command}")
    print(game.handle(command))
    if game.over:
        break
print("rooms now:", {name: room["items"] for name, room in ROOMS.items()})
