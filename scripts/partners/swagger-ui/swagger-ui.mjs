// Swagger UI in a real browser (issue #23): headless Chromium (Debian's), driven over the DevTools protocol
// (puppeteer-core): open the sandbox's Swagger UI, Authorize with a demo client (OAuth2 client credentials), "Try it
// out" on GET /api/v1/lots, and expect a 200 with lots in the page. Keeps a screenshot.
//   node swagger-ui.mjs <sandbox URL> <client id> <client secret> <screenshot.png>
// Prints "swagger ui: GET /api/v1/lots answered 200 with N lots in the page" or fails (exit 1) saying where.
import puppeteer from "puppeteer-core";

const [base, clientId, secret, screenshot] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const browser = await puppeteer.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 2000 });
const step = async (what, action) => {
  try {
    return await action();
  } catch (e) {
    await page.screenshot({ path: screenshot, fullPage: true });
    console.error(`swagger ui: failed to ${what}: ${e.message} (screenshot: ${screenshot})`);
    await browser.close();
    process.exit(1);
  }
};

await step("open Swagger UI", () => page.goto(`${base}/q/swagger-ui/`, { waitUntil: "networkidle0", timeout: 60000 }));
await step("open Authorize", async () => {
  await page.waitForSelector(".auth-wrapper button.authorize", { timeout: 30000 });
  await page.click(".auth-wrapper button.authorize");
  await page.waitForSelector(".modal-ux .auth-container", { timeout: 10000 });
});
await step("authorize with the client credentials", async () => {
  const containers = await page.$$(".modal-ux .auth-container");
  let oauth2;
  for (const container of containers) {
    if ((await container.evaluate((e) => e.textContent)).includes("oauth2")) oauth2 = container;
  }
  if (!oauth2) throw new Error("no oauth2 block in the Authorize dialog");
  const id = await oauth2.$("input[data-name=clientId]");
  await id.click({ clickCount: 3 });
  await id.type(clientId);
  await (await oauth2.$("input[data-name=clientSecret]")).type(secret);
  await (await oauth2.$("button.authorize")).click();
  await page.waitForFunction(
    () => [...document.querySelectorAll(".modal-ux .auth-container button")].some((b) => b.textContent.trim() === "Logout"),
    { timeout: 20000 });
  await (await oauth2.$("button.btn-done")).click();
});
const operation = "#operations-Reference_data-listLots";
await step("try GET /api/v1/lots", async () => {
  await page.click(`${operation} .opblock-summary`);
  await page.waitForSelector(`${operation} .try-out__btn`, { timeout: 10000 });
  await page.click(`${operation} .try-out__btn`);
  await page.waitForSelector(`${operation} button.execute`, { timeout: 10000 });
  await page.click(`${operation} button.execute`);
  await page.waitForSelector(`${operation} .live-responses-table tbody .response .response-col_status`, { timeout: 20000 });
});
const status = await page.$eval(`${operation} .live-responses-table tbody .response .response-col_status`, (e) => e.textContent.trim());
const body = await page.$eval(`${operation} .live-responses-table tbody .response .response-col_description`, (e) => e.textContent);
// the lots' codes (CONSTR-44, NUM-REGION…), as the page shows the answer
const lots = new Set([...body.matchAll(/"code"\s*:\s*"([A-Z]+-[A-Z0-9-]+)"/g)].map((m) => m[1])).size;
await page.screenshot({ path: screenshot, fullPage: true });
await browser.close();
if (status !== "200" || lots === 0) {
  console.error(`swagger ui: GET /api/v1/lots answered ${status} with ${lots} lot(s) in the page (screenshot: ${screenshot})`);
  process.exit(1);
}
console.log(`swagger ui: GET /api/v1/lots answered ${status} with ${lots} lot(s) in the page (screenshot: ${screenshot})`);
