/**
 * A page's menu bar or line of footer links copied as text (`Home   Shop   About Us   Contact`, `Inicio | La casa |
 * Reservas`, `[Aviso legal](/aviso-legal) · [Cookies](/cookies)`) is page furniture, as <nav> and <footer> are in HTML:
 * read as a sentence, `About Us`, `Contact` or `Cookies` would pass for a section on the controller or on cookies.
 */

/** Items per menu line at least (set apart by spaces; by pipes or dots, which a two-cell label row may also use, one fewer). */
const MENU_ITEMS = 4;
/** Words per menu item at most (`Delivery & Returns`, `Mapa del sitio`). */
const MENU_ITEM_WORDS = 4;
/** Characters per menu line at most: a menu fits on a screen's width, a longer run of cells is data. */
const MENU_LENGTH = 200;
/** Separators that only menus and footers put between items. */
const SEPARATOR = /\s*[|\u00b7\u2022]\s*/u;
/** A copyright notice heading or closing a footer's links (`© 2018 T.V. De Lobbes | Privacy | Cookies | Sitemap`). */
const COPYRIGHT = /^(?:\u00a9|\(c\)|copyright\b)/iu;

/**
 * Several short items set apart by three or more spaces, by pipes or by middle dots, none punctuated like a sentence or
 * a label and none holding what a contact line would (an e-mail address, a web address, a phone or street number).
 */
/** A copyright notice opening a line (`© 2024 Example Ltd – All rights reserved`): page furniture like a footer's links. */
export function isCopyrightLine(content: string): boolean {
  return COPYRIGHT.test(content.trimStart());
}

export function isMenuLine(content: string): boolean {
  if (content.length > MENU_LENGTH) return false;
  const separated = SEPARATOR.test(content);
  const items = (separated ? content.trim().replace(/^[|\u00b7\u2022]|[|\u00b7\u2022]$/gu, '').split(SEPARATOR) : content.split(/\s{3,}/u)).map((item) => item.trim());
  if (separated && items.length > 0 && COPYRIGHT.test(items[0] as string)) items.shift();
  else if (separated && items.length > 0 && COPYRIGHT.test(items[items.length - 1] as string)) items.pop();
  if (items.length < (separated ? MENU_ITEMS - 1 : MENU_ITEMS)) return false;
  return items.every((item) => {
    const words = item.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    return words > 0 && words <= MENU_ITEM_WORDS && !/[.:;,!?]$|@|www|https?|\.[a-z]{2,}\b|\d{2}/iu.test(item);
  });
}
