import { render, screen } from "@testing-library/react";
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
  return {
    register: (onNewVersion: OnNewVersion) => {
      announce = onNewVersion;
    },
    newVersionArrives: () => announce(reload),
    reload,
  };
}

function renderPrompt(lang: "en" | "ar", register: (onNewVersion: OnNewVersion) => void) {
  return render(
    <StoreProvider store={createAppStore({ lang })}>
      <UpdatePrompt register={register} />
    </StoreProvider>,
  );
}

describe("a new deployment arriving while the page is open", () => {
  it("says nothing until a new version is waiting, then asks before reloading", async () => {
    const user = userEvent.setup();
    const sw = fakeRegistration();
    renderPrompt("en", sw.register);
    expect(screen.queryByTestId("update-prompt")).toBeNull();

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
    sw.newVersionArrives();
    expect(await screen.findByRole("status")).toHaveTextContent("يتوفر إصدار أحدث");
    await user.click(screen.getByRole("button", { name: "لاحقًا" }));
    expect(screen.queryByTestId("update-prompt")).toBeNull();
    expect(sw.reload).not.toHaveBeenCalled();
  });
});
