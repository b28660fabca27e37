import { isValidIsbn } from "./isbn";

describe("isValidIsbn", () => {
  it("accepts an ISBN-13 and an ISBN-10 whose check digits are right, X included", () => {
    expect(isValidIsbn("9780683083637")).toBe(true);
    expect(isValidIsbn("0683083635")).toBe(true);
    expect(isValidIsbn("080442957X")).toBe(true);
  });

  it("refuses a wrong check digit, two swapped digits, hyphens, X inside, and other lengths or prefixes", () => {
    expect(isValidIsbn("9780683083638")).toBe(false);
    expect(isValidIsbn("0683083636")).toBe(false);
    expect(isValidIsbn("9780683086337")).toBe(false);
    expect(isValidIsbn("978-0-683-08363-7")).toBe(false);
    expect(isValidIsbn("06830X3635")).toBe(false);
    expect(isValidIsbn("978068308363")).toBe(false);
    expect(isValidIsbn("1234567890128")).toBe(false);
    expect(isValidIsbn("")).toBe(false);
  });
});
