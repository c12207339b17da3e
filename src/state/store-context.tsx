import { createContext, type ReactNode, useContext, useState } from "react";
import { useStore } from "zustand";
import { type AppStore, type AppStoreApi, createAppStore } from "./store.ts";

const StoreContext = createContext<AppStoreApi | null>(null);

export function StoreProvider({ children, store }: { children: ReactNode; store?: AppStoreApi }) {
  const [value] = useState(() => store ?? createAppStore());
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

export function useAppStoreApi(): AppStoreApi {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useAppStore must be used inside <StoreProvider>");
  return store;
}

export function useAppStore<T>(selector: (state: AppStore) => T): T {
  return useStore(useAppStoreApi(), selector);
}
