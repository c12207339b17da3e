import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { OnNewVersion } from "../../src/features/offline/register-service-worker.ts";
import { UpdatePrompt } from "../../src/features/offline/update-prompt.tsx";
import { createAppStore } from "../../src/state/store.ts";
import { StoreProvider } from "../../src/state/store-context.tsx";

/** A service worker registration whose "new version waiting" the test triggers. */
function fakeRegistration() {
  let announce: OnNewVersion = () => {};
  const reload = vi.fn();
  const registration = {
    registered: false,
    register: (onNewVersion: OnNewVersion) => {
      registration.registered = true;
      announce = onNewVersion;
    },
    newVersionArrives: () => announce(reload),
    reload,
  };
  return registration;
}

/** The prompt on a page whose dataset is on screen (or, with `loading`, still coming). */
function renderPrompt(
  lang: "en" | "ar",
  register: (onNewVersion: OnNewVersion) => void,
  { loading = false, quietMs = 0 } = {},
) {
  const store = createAppStore({ lang });
  if (!loading) store.setState({ load: { status: "ready" } });
  render(
    <StoreProvider store={store}>
      <UpdatePrompt register={register} quietMs={quietMs} />
    </StoreProvider>,
  );
  return store;
}

describe("a new deployment arriving while the page is open", () => {
  it("says nothing until a new version is waiting, then asks before reloading", async () => {
    const user = userEvent.setup();
    const sw = fakeRegistration();
    renderPrompt("en", sw.register);
    expect(screen.queryByTestId("update-prompt")).toBeNull();

    await waitFor(() => expect(sw.registered).toBe(true));
    sw.newVersionArrives();
    expect(await screen.findByRole("status")).toHaveTextContent("A newer version is available — reload to use it.");
    // Nothing is swapped under the running page until the person says so.
    expect(sw.reload).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Reload" }));
    expect(sw.reload).toHaveBeenCalledTimes(1);
  });

  it("can be put off, in Arabic too", async () => {
    const user = userEvent.setup();
    const sw = fakeRegistration();
    renderPrompt("ar", sw.register);
    await waitFor(() => expect(sw.registered).toBe(true));
    sw.newVersionArrives();
    expect(await screen.findByRole("status")).toHaveTextContent("يتوفر إصدار أحدث");
    await user.click(screen.getByRole("button", { name: "لاحقًا" }));
    expect(screen.queryByTestId("update-prompt")).toBeNull();
    expect(sw.reload).not.toHaveBeenCalled();
  });

  it("is not installed while a dataset loads, only once the page has been quiet for a while", async () => {
    const sw = fakeRegistration();
    const store = renderPrompt("en", sw.register, { loading: true, quietMs: 100 });
    // Installing would take a core from the file being read: it waits for the load to end.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sw.registered).toBe(false);
    act(() => store.setState({ load: { status: "ready" } }));
    // …and then for the quiet time, which a new load would start again.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(sw.registered).toBe(false);
    await waitFor(() => expect(sw.registered).toBe(true));
  });
});
