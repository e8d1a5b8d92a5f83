package dev.plara.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8's accessibility basics on every page, as a guest and as an admin sees them (the admin sees every page): each
 * visible form control and link has an accessible name, all visible text meets WCAG AA contrast, and at a phone's
 * width nothing scrolls sideways.
 */
class PageAccessibilityBrowserTest {

    @RegisterExtension
    static final E2e E2E = E2e.plara();

    private static final List<String> PAGES = List.of("/", "/store", "/wallet", "/deposit", "/admin",
            "/checkout/return", "/signin");
    private static final List<String> GUEST_PAGES = List.of("/", "/store", "/checkout/return", "/signin");

    @Test
    void everyControlIsNamedAndEveryTextIsReadableOnEveryPage() {
        E2E.browser().driver().manage().deleteAllCookies();
        PAGES.stream().filter(GUEST_PAGES::contains).forEach(PageAccessibilityBrowserTest::assertNamedAndReadable);
        E2E.signInAs("admin", "Ada Admin");
        PAGES.forEach(PageAccessibilityBrowserTest::assertNamedAndReadable);
    }

    private static void assertNamedAndReadable(String page) {
        open(page);
        for (WebElement control : E2E.browser().driver().findElements(
                By.cssSelector("input:not([type=hidden]), select, textarea, button, a[href]"))) {
            if (control.isDisplayed()) {
                assertThat(control.getAccessibleName()).as("%s: the name of %s", page, describe(control)).isNotBlank();
            }
        }
        assertThat(lowContrastTexts()).as("%s: texts below WCAG AA contrast", page).isEmpty();
    }

    @Test
    void noPageScrollsSidewaysAtAPhonesWidth() {
        E2E.signInAs("admin", "Ada Admin");
        E2E.browser().resize(390, 844);
        try {
            for (String page : PAGES) {
                open(page);
                assertThat((Boolean) E2E.browser().script(
                        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                        .as("%s scrolls sideways at 390 px", page).isTrue();
                E2E.screenshot("phone" + page.replace('/', '-'));
            }
        } finally {
            E2E.browser().resize(1280, 900);
        }
    }

    /** Opens a page and waits until its scripts have filled it in (its text stops changing). */
    private static void open(String page) {
        E2E.open(page);
        var last = new String[] {""};
        E2E.browser().until(driver -> {
            var text = E2E.browser().pageText();
            boolean settled = text.equals(last[0]) && !text.contains("Loading");
            last[0] = text;
            return settled;
        });
    }

    private static String describe(WebElement control) {
        return control.getTagName() + "#" + control.getAttribute("id") + " '" + control.getText() + "'";
    }

    /**
     * Visible, enabled elements with text of their own whose colour against the first opaque background behind them
     * is below 4.5:1 (3:1 for large text: 24 px, or 18.66 px bold).
     */
    @SuppressWarnings("unchecked")
    private static List<String> lowContrastTexts() {
        return (List<String>) E2E.browser().script("""
                const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
                const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255;
                  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
                const background = (el) => { for (let e = el; e; e = e.parentElement) {
                  const c = rgb(getComputedStyle(e).backgroundColor); if (c.length === 3 || c[3] > 0) return c; }
                  return [255, 255, 255]; };
                const low = [];
                for (const el of document.querySelectorAll('body *')) {
                  const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
                  if (!own || !el.getClientRects().length || el.closest('[disabled], .visually-hidden')) continue;
                  const style = getComputedStyle(el);
                  if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
                  const [a, b] = [lum(rgb(style.color)), lum(background(el))];
                  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                  const size = parseFloat(style.fontSize);
                  const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
                  if (ratio < (large ? 3 : 4.5)) low.push(`${el.tagName} '${el.textContent.trim().slice(0, 40)}' ${ratio.toFixed(2)}`);
                }
                return low;""");
    }
}
