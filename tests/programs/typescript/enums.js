var Direction;
(function (Direction) {
  Direction[(Direction["Up"] = 1)] = "Up";
  Direction[(Direction["Down"] = 2)] = "Down";
  Direction[(Direction["Left"] = 3)] = "Left";
  Direction[(Direction["Right"] = 4)] = "Right";
})(Direction || (Direction = {}));

const Color = { Red: "RED", Green: "GREEN" };

const moves = [Direction.Up, Direction.Right, Direction.Down];
console.log(moves.map((m) => Direction[m]).join(","));
console.log(Color.Green, Direction.Left);
