import { Component, type ErrorInfo, type ReactNode } from "react";
import type { Language } from "../i18n/language.ts";
import { browserLanguage, type Messages } from "../i18n/use-language.ts";

interface Props {
  children: ReactNode;
  /** What failed, said to the person ("the map", "this panel"): one text, or one per language. */
  area: string | Record<Language, string>;
}

interface State {
  error: Error | null;
}

interface BoundaryMessages {
  title: (area: string) => string;
  advice: string;
  retry: string;
}

const MESSAGES: Messages<BoundaryMessages> = {
  en: {
    title: (area) => `Something went wrong in ${area}`,
    advice:
      "The rest of the page still works. Reloading usually helps; if it keeps happening, the address or the dataset may hold something unexpected.",
    retry: "Try again",
  },
  ar: {
    title: (area) => `حدث خطأ في ${area}`,
    advice:
      "بقية الصفحة ما زالت تعمل. إعادة التحميل تحل المشكلة عادةً؛ وإن تكررت فقد يحوي العنوان أو مجموعة البيانات شيئًا غير متوقع.",
    retry: "حاول مجددًا",
  },
};

/**
 * The boundary may sit outside the store (around the whole app), so it reads the language the
 * page already shows: the app keeps <html lang> in step with the interface language.
 */
function pageLanguage(): Language {
  const lang = typeof document === "undefined" ? "" : document.documentElement.lang;
  return lang === "ar" || lang === "en" ? lang : browserLanguage();
}

/** Keeps the rest of the page alive when one part throws while rendering. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  private areaText(lang: Language): string {
    const { area } = this.props;
    return typeof area === "string" ? area : area[lang];
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Error in ${this.areaText("en")}:`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const lang = pageLanguage();
    const t = MESSAGES[lang];
    return (
      <div role="alert" className="error-panel">
        <h2>{t.title(this.areaText(lang))}</h2>
        {/* The error's own text comes from code, in English. */}
        <p lang="en" dir="auto">
          {this.state.error.message}
        </p>
        <p>{t.advice}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t.retry}
        </button>
      </div>
    );
  }
}
