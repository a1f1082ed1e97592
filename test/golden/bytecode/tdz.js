function early() { return late; }
let late = 1;
const k = late + 1;
{
  let inner = k;
  inner = inner + late;
}
k = 3;
