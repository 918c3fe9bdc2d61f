// Message helpers shared by the rules (src/messages/).
import { lineRange } from "../src/messages/format.js";

describe("lineRange", () => {
  it("writes one line and a range one way in each language", () => {
    expect(lineRange("zh", 3)).toBe("第3行");
    expect(lineRange("zh", 3, 3)).toBe("第3行");
    expect(lineRange("zh", 3, 19)).toBe("第3–19行");
    expect(lineRange("en", 3)).toBe("line 3");
    expect(lineRange("en", 3, 19)).toBe("lines 3–19");
  });
});
