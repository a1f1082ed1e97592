// A field holding an arrow function captures the instance as `this`.
class Button {
  clicks = 0;
  onClick = () => { this.clicks++; return this.clicks; };
  constructor(name) { this.name = name; }
}
const b = new Button('ok');
const handler = b.onClick;
handler(); handler();
console.log(b.clicks, handler(), b.name);
const others = [new Button('a'), new Button('b')];
for (let i = 0; i < 1000; i++) others[i % 2].onClick();
console.log(others[0].clicks, others[1].clicks);
