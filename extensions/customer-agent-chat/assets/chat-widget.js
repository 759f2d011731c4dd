// @ts-check
/* Customer Agent chat widget: the conversation panel with rich cards. Loaded by chat-loader.js on the shopper's
   first interaction with the bubble. Vanilla ES2020, no dependencies.

   It talks only to the same-origin app proxy (data-proxy, default /apps/agent):
     POST {proxy}/messages          {conversationId, text} -> {conversationId, message}
     GET  {proxy}/conversation?id=  -> {conversationId, messages}   (404: start fresh)
   and, for card actions, to the storefront's own /cart/add.js and /discount/{code}.
   It never sends who the shopper is: Shopify's app proxy adds the signed logged_in_customer_id.
   Server text is only ever written with textContent / text nodes. */
/* global window, document, localStorage, navigator, fetch, URL, CustomEvent, AbortController, setTimeout, clearTimeout */

(function () {
  "use strict";

  /**
   * @typedef {{ amount: string, currencyCode: string }} Money
   * @typedef {{ kind: "link", label: string, url: string }
   *   | { kind: "reply", label: string, text: string }
   *   | { kind: "confirm", label: string, text: string, warning: string }
   *   | { kind: "copy", label: string, value: string }
   *   | { kind: "apply_discount", label: string, code: string }
   *   | { kind: "add_to_cart", label: string, variantId: string, quantity?: number }
   *   | { kind: "choose_variant", label: string, prompt: string, variants: { variantId: string, title: string }[],
   *       quantity?: number }} CardAction
   * @typedef {{ type: "order", orderId: string, name: string, placedAt: string, status: string, total: Money,
   *   items: { title: string, quantity: number, imageUrl: string | null }[],
   *   shipments: { status: string, statusLabel?: string, carrier: string | null, trackingNumber: string | null,
   *     trackingUrl: string | null, estimatedDeliveryAt: string | null, deliveredAt: string | null }[],
   *   statusPageUrl: string, actions: CardAction[] }} OrderCard
   * @typedef {{ type: "coupon", coupons: { code: string, title: string, summary: string, endsAt: string | null,
   *   personal: boolean, actions: CardAction[] }[] }} CouponCard
   * @typedef {{ type: "product", products: { productId: string, title: string, price: Money, imageUrl: string | null,
   *   url: string | null, available: boolean, actions: CardAction[] }[] }} ProductCard
   * @typedef {{ type: "loyalty", programName: string, pointsBalance: number, tier: string | null,
   *   rewards: { id: string, name: string, pointsCost: number, affordable: boolean }[], actions: CardAction[] }} LoyaltyCard
   * @typedef {{ type: "subscription", subscriptionId: string, productTitle: string, status: string, statusLabel?: string,
   *   frequency: string, nextChargeAt: string | null, price: Money | null, actions: CardAction[] }} SubscriptionCard
   * @typedef {{ type: "return", orderId: string, orderName: string, eligibleItems: { title: string, quantity: number }[],
   *   portalUrl: string | null, policySummary: string | null, actions: CardAction[] }} ReturnCard
   * @typedef {{ type: "login", actions: CardAction[] }} LoginCard
   * @typedef {OrderCard | CouponCard | ProductCard | LoyaltyCard | SubscriptionCard | ReturnCard | LoginCard} Card
   * @typedef {{ id?: string, role?: "shopper" | "agent", text: string, card?: Card | null, quickReplies?: string[],
   *   handoff?: boolean, sources?: { id: string, title: string }[], language?: "en" | "ko" }} Message
   * @typedef {{ kind: "ok", body: any } | { kind: "invalid", error: string | null } | { kind: "secure" }
   *   | { kind: "rate", seconds: number | null } | { kind: "unavailable" } | { kind: "not_found" }
   *   | { kind: "network" } | { kind: "server" }} ApiResult
   */

  // ---------------------------------------------------------------------------------------------- UI strings

  const STRINGS = {
    en: {
      title: "Chat",
      close: "Close chat",
      startOver: "Start over",
      startedOver: "Started a new conversation.",
      conversation: "Conversation",
      inputLabel: "Message",
      placeholder: "Type your message…",
      send: "Send",
      typing: "Agent is typing",
      loading: "Loading your conversation…",
      you: "You:",
      agent: "{brand}:",
      greeting: "Hi! How can we help you today?",
      starters: ["Where is my order?", "Any discount codes?", "Recommend a product", "Talk to a person"],
      suggestions: "Suggested replies",
      source: "Source: ",
      sources: "Sources: ",
      handoff: "Passed to our team. A person will follow up.",
      notSent: "Not sent.",
      retry: "Retry",
      busy: "Please wait for the reply to your last message.",
      errNetwork: "We couldn't reach the chat. Check your connection and try again. Your message is kept.",
      errServer: "Something went wrong on our side. Please try again.",
      errSecure: "The chat can't be reached securely right now. Please reload the page and try again.",
      errInvalid: "That message couldn't be sent. Please check it and try again.",
      errRate: "You're sending messages a little fast. Please wait {s} seconds and try again.",
      errRateSoon: "You're sending messages a little fast. Please wait a moment and try again.",
      errRestore: "We couldn't load your earlier messages.",
      unavailable: "Chat isn't available on this store right now. Please use the store's contact page instead.",
      newTab: " (opens in a new tab)",
      copied: "Copied",
      copiedCode: "Copied {code}",
      copyFailed: "Couldn't copy. The code is {code}.",
      applying: "Applying…",
      applied: "Applied at checkout",
      appliedCode: "{code} will be applied at checkout.",
      applyFailed: "Couldn't apply {code}. You can enter it at checkout.",
      adding: "Adding…",
      added: "Added",
      addedItem: "{title} was added to your cart.",
      addFailed: "Couldn't add to cart.",
      soldOut: "Sold out",
      order: "Order {name}",
      placed: "Placed {date}",
      total: "Total",
      qty: "× {n}",
      trackingNumber: "Tracking number",
      trackPackage: "Track package",
      orderStatus: "Order status",
      expected: "Expected {date}",
      delivered: "Delivered {date}",
      personal: "Just for you",
      ends: "Ends {date}",
      coupons: "Discount codes",
      products: "Products",
      view: "View",
      points: "{n} points",
      tier: "Tier: {tier}",
      rewards: "Rewards",
      affordable: "You can redeem this",
      needMore: "{n} more points needed",
      nextCharge: "Next charge {date}",
      returnFor: "Return for {name}",
      eligibleItems: "Items you can return",
      noEligible: "No items on this order can be returned right now.",
      startReturn: "Start a return",
    },
    ko: {
      title: "채팅",
      close: "채팅 닫기",
      startOver: "새 대화",
      startedOver: "새 대화를 시작했어요.",
      conversation: "대화 내용",
      inputLabel: "메시지",
      placeholder: "메시지를 입력하세요…",
      send: "보내기",
      typing: "상담원이 입력 중",
      loading: "대화를 불러오는 중…",
      you: "나:",
      agent: "{brand}:",
      greeting: "안녕하세요! 무엇을 도와드릴까요?",
      starters: ["내 주문 어디쯤 왔나요?", "할인 코드 있나요?", "상품 추천해 주세요", "상담원 연결"],
      suggestions: "추천 답변",
      source: "출처: ",
      sources: "출처: ",
      handoff: "담당자에게 전달했어요. 곧 연락드릴게요.",
      notSent: "전송되지 않았어요.",
      retry: "다시 시도",
      busy: "이전 메시지의 답변을 기다려 주세요.",
      errNetwork: "채팅에 연결할 수 없어요. 인터넷 연결을 확인한 뒤 다시 시도해 주세요. 메시지는 그대로 남아 있어요.",
      errServer: "일시적인 문제가 생겼어요. 다시 시도해 주세요.",
      errSecure: "지금은 채팅에 안전하게 연결할 수 없어요. 페이지를 새로고침한 뒤 다시 시도해 주세요.",
      errInvalid: "메시지를 보낼 수 없어요. 내용을 확인한 뒤 다시 시도해 주세요.",
      errRate: "메시지를 조금 빠르게 보내고 있어요. {s}초 후에 다시 시도해 주세요.",
      errRateSoon: "메시지를 조금 빠르게 보내고 있어요. 잠시 후 다시 시도해 주세요.",
      errRestore: "이전 대화를 불러오지 못했어요.",
      unavailable: "지금은 이 스토어에서 채팅을 이용할 수 없어요. 스토어의 문의 페이지를 이용해 주세요.",
      newTab: " (새 탭에서 열림)",
      copied: "복사됨",
      copiedCode: "{code} 복사됨",
      copyFailed: "복사하지 못했어요. 코드는 {code}입니다.",
      applying: "적용 중…",
      applied: "결제 시 적용됨",
      appliedCode: "{code} 코드가 결제 시 적용돼요.",
      applyFailed: "{code} 코드를 적용하지 못했어요. 결제 단계에서 직접 입력해 주세요.",
      adding: "담는 중…",
      added: "담았어요",
      addedItem: "{title} 상품을 장바구니에 담았어요.",
      addFailed: "장바구니에 담지 못했어요.",
      soldOut: "품절",
      order: "주문 {name}",
      placed: "{date} 주문",
      total: "합계",
      qty: "× {n}",
      trackingNumber: "운송장 번호",
      trackPackage: "배송 조회",
      orderStatus: "주문 상태",
      expected: "{date} 도착 예정",
      delivered: "{date} 배송 완료",
      personal: "회원님 전용",
      ends: "{date}까지",
      coupons: "할인 코드",
      products: "상품",
      view: "보기",
      points: "{n}포인트",
      tier: "등급: {tier}",
      rewards: "리워드",
      affordable: "지금 사용할 수 있어요",
      needMore: "{n}포인트 더 필요해요",
      nextCharge: "다음 결제일 {date}",
      returnFor: "{name} 반품",
      eligibleItems: "반품할 수 있는 상품",
      noEligible: "지금은 이 주문에서 반품할 수 있는 상품이 없어요.",
      startReturn: "반품 시작하기",
    },
  };

  /** @typedef {typeof STRINGS.en} Strings */

  const STORAGE_KEY = "customer-agent:conversation";
  const REQUEST_TIMEOUT_MS = 30000;
  const FEEDBACK_MS = 2500;

  // ---------------------------------------------------------------------------------------------- small helpers

  /**
   * Builds an element. `text` sets textContent, `on<event>` adds a listener, other keys become attributes;
   * children that are strings become text nodes (never HTML).
   * @param {string} tag
   * @param {Record<string, any>} [props]
   * @param {Array<Node | string | null | undefined | false>} [children]
   * @returns {HTMLElement}
   */
  function h(tag, props, children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value == null || value === false) continue;
      if (key === "class") el.className = String(value);
      else if (key === "text") el.textContent = String(value);
      else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children || []) if (child != null && child !== false) el.append(child);
    return el;
  }

  /**
   * Fills {name} placeholders.
   * @param {string} template
   * @param {Record<string, string | number>} [params]
   */
  function fill(template, params) {
    return template.replace(/\{(\w+)\}/g, (whole, name) => (params && name in params ? String(params[name]) : whole));
  }

  let uidCounter = 0;
  /** @param {string} prefix */
  const uid = (prefix) => `ca-${prefix}-${++uidCounter}`;

  /** @param {string} hex a #rgb or #rrggbb colour */
  function luminance(hex) {
    let value = hex.replace("#", "");
    if (value.length === 3) value = value.replace(/./g, "$&$&");
    const [r, g, b] = [0, 2, 4].map((i) => {
      const c = parseInt(value.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  /** @param {string} a @param {string} b */
  function contrast(a, b) {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  }

  /** Black or white, whichever reads better on `background`. @param {string} background */
  const readableOn = (background) => (contrast(background, "#000000") >= contrast(background, "#ffffff") ? "#000000" : "#ffffff");

  /** @param {string | undefined} value */
  const validColor = (value) => (value && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value) ? value : "#2f4a3a");

  /** A usable BCP 47 locale for Intl, or undefined for the browser default. @param {string | undefined} locale */
  function intlLocale(locale) {
    if (!locale) return undefined;
    try {
      return Intl.getCanonicalLocales(locale)[0];
    } catch {
      return undefined;
    }
  }

  /**
   * Only http(s) URLs become links (no javascript: or data:).
   * @param {string | null | undefined} url
   * @returns {URL | null}
   */
  function safeUrl(url) {
    if (!url) return null;
    try {
      const parsed = new URL(url, window.location.href);
      return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed : null;
    } catch {
      return null;
    }
  }

  /** @param {string} gid e.g. gid://shopify/ProductVariant/123 (or just 123) */
  function numericId(gid) {
    const match = /(\d+)\s*$/.exec(String(gid));
    return match ? Number(match[1]) : null;
  }

  /** A paper-plane icon for the send button, built without innerHTML. */
  function sendIcon() {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    const path = document.createElementNS(ns, "path");
    path.setAttribute("d", "M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2z");
    svg.append(path);
    return svg;
  }

  // ---------------------------------------------------------------------------------------------- storage

  const storage = {
    get() {
      try {
        return localStorage.getItem(STORAGE_KEY);
      } catch {
        return null;
      }
    },
    /** @param {string} id */
    set(id) {
      try {
        localStorage.setItem(STORAGE_KEY, id);
      } catch {
        /* storage disabled: the conversation lasts for this page only */
      }
    },
    clear() {
      try {
        localStorage.removeItem(STORAGE_KEY);
      } catch {
        /* ignore */
      }
    },
  };

  // ---------------------------------------------------------------------------------------------- proxy API

  /**
   * @param {string} url
   * @param {RequestInit} [init]
   * @returns {Promise<{ status: number, body: any }>} status 0 = the request never got an answer
   */
  async function requestJson(url, init) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    try {
      const res = await fetch(url, {
        ...init,
        credentials: "same-origin",
        headers: { Accept: "application/json", ...(init && init.body ? { "Content-Type": "application/json" } : {}) },
        signal: controller.signal,
      });
      const body = await res.json().catch(() => null);
      return { status: res.status, body };
    } catch {
      return { status: 0, body: null };
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Maps an HTTP answer to what the UI does with it.
   * @param {{ status: number, body: any }} res
   * @param {(body: any) => boolean} valid
   * @returns {ApiResult}
   */
  function classify(res, valid) {
    const { status, body } = res;
    if (status === 0) return { kind: "network" };
    if (status >= 200 && status < 300) return body && valid(body) ? { kind: "ok", body } : { kind: "server" };
    if (status === 400) return { kind: "invalid", error: body && typeof body.error === "string" ? body.error : null };
    if (status === 401 || status === 403) return { kind: "secure" };
    if (status === 404) return { kind: "not_found" };
    if (status === 429) {
      const seconds = body && Number(body.retryAfterSeconds);
      return { kind: "rate", seconds: seconds && seconds > 0 ? Math.ceil(seconds) : null };
    }
    if (status === 503 && body && body.unavailable === true) return { kind: "unavailable" };
    return { kind: "server" };
  }

  /** @param {string} proxy */
  function createApi(proxy) {
    return {
      /** @param {string | null} conversationId @param {string} text */
      async send(conversationId, text) {
        const res = await requestJson(`${proxy}/messages`, { method: "POST", body: JSON.stringify({ conversationId, text }) });
        return classify(res, (b) => typeof b.conversationId === "string" && !!b.message && typeof b.message.text === "string");
      },
      /** @param {string} id */
      async conversation(id) {
        const res = await requestJson(`${proxy}/conversation?id=${encodeURIComponent(id)}`, { method: "GET" });
        return classify(res, (b) => Array.isArray(b.messages));
      },
    };
  }

  // ---------------------------------------------------------------------------------------------- storefront actions

  /**
   * Clipboard API where allowed, else a hidden textarea and execCommand.
   * @param {string} value
   */
  async function copyText(value) {
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(value);
        return true;
      }
    } catch {
      /* fall through to the fallback */
    }
    const previous = /** @type {HTMLElement | null} */ (document.activeElement);
    const area = /** @type {HTMLTextAreaElement} */ (h("textarea", { class: "ca-offscreen", readonly: true, "aria-hidden": "true", tabindex: "-1" }));
    area.value = value;
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch {
      ok = false;
    }
    area.remove();
    if (previous) previous.focus();
    return ok;
  }

  /**
   * Shopify's /discount/{code} route stores the code in the checkout cookie and redirects; we do not follow it.
   * @param {string} root @param {string} code
   */
  async function applyDiscount(root, code) {
    try {
      const res = await fetch(`${root}discount/${encodeURIComponent(code)}`, { redirect: "manual", credentials: "same-origin" });
      return res.type === "opaqueredirect" || res.ok || (res.status >= 300 && res.status < 400);
    } catch {
      return false;
    }
  }

  /**
   * Shopify's Ajax cart. Resolves with an error message (possibly empty) on failure, null on success.
   * @param {string} root @param {string} variantGid @param {number} quantity
   * @returns {Promise<{ ok: true } | { ok: false, message: string | null }>}
   */
  async function addToCart(root, variantGid, quantity) {
    const id = numericId(variantGid);
    if (!id) return { ok: false, message: null };
    try {
      const res = await fetch(`${root}cart/add.js`, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ items: [{ id, quantity }] }),
      });
      const body = await res.json().catch(() => null);
      if (!res.ok) return { ok: false, message: body && typeof body.description === "string" ? body.description : null };
      document.dispatchEvent(new CustomEvent("customer-agent:cart-updated", { detail: body }));
      return { ok: true };
    } catch {
      return { ok: false, message: null };
    }
  }

  // ---------------------------------------------------------------------------------------------- the widget

  /**
   * @param {{ el: HTMLElement, bubble: HTMLButtonElement }} options
   */
  function mount(options) {
    const { el, bubble } = options;
    const data = el.dataset;
    const lang = /^ko/i.test(data.locale || "") ? "ko" : "en";
    /** @type {Strings} The words in use; inLanguage() switches them while an agent reply in another language renders. */
    let s = STRINGS[lang];
    let locale = intlLocale(data.locale) || intlLocale(document.documentElement.lang);
    const proxy = (data.proxy || "/apps/agent").replace(/\/+$/, "");
    const root = (data.root || "/").replace(/\/?$/, "/");
    const brand = (data.brand || "").trim();
    const greeting = (data.greeting || "").trim() || s.greeting;
    const accent = validColor(data.color);
    const api = createApi(proxy);

    const state = {
      /** @type {string | null} */
      conversationId: null,
      pending: false,
      unavailable: false,
      /** Bumped by "Start over" so late answers for the old conversation are dropped. */
      generation: 0,
      waitUntil: 0,
    };

    // ---- formatting (needs the locale)

    /** @param {Money | null | undefined} money */
    function formatMoney(money) {
      if (!money) return "";
      const amount = Number(money.amount);
      try {
        return new Intl.NumberFormat(locale, { style: "currency", currency: money.currencyCode }).format(amount);
      } catch {
        return `${money.amount} ${money.currencyCode}`;
      }
    }

    /** @param {string | null | undefined} iso */
    function formatDate(iso) {
      if (!iso) return "";
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
      try {
        return new Intl.DateTimeFormat(locale, { dateStyle: "medium", ...(dateOnly ? { timeZone: "UTC" } : {}) }).format(date);
      } catch {
        return iso;
      }
    }

    /** @param {number} n */
    const formatNumber = (n) => {
      try {
        return new Intl.NumberFormat(locale).format(n);
      } catch {
        return String(n);
      }
    };

    /**
     * A status as the server worded it for the shopper (the card's statusLabel, from the app's one table of status
     * words). Cards stored before cards carried labels show the raw state made readable.
     * @param {string | undefined} label @param {string} status
     */
    function statusText(label, status) {
      if (typeof label === "string" && label) return label;
      const words = String(status || "").replace(/_/g, " ").toLowerCase();
      return words.charAt(0).toUpperCase() + words.slice(1);
    }

    // ---- DOM

    const panelId = "customer-agent-panel";
    const titleId = uid("title");
    const inputId = uid("input");

    const title = h("h2", { id: titleId, class: "ca-title", text: brand || s.title });
    const restartButton = h("button", { type: "button", class: "ca-header-btn", text: s.startOver, onclick: startOver });
    const closeButton = h("button", { type: "button", class: "ca-header-btn ca-close", "aria-label": s.close, onclick: close }, [
      h("span", { "aria-hidden": "true", text: "×" }),
    ]);
    const log = h("div", { class: "ca-log", role: "log", "aria-live": "polite", "aria-relevant": "additions", "aria-label": s.conversation, tabindex: "0" });
    const chips = h("div", { class: "ca-chips", role: "group", "aria-label": s.suggestions });
    const errorText = h("p", { class: "ca-error-text" });
    const errorRetry = h("button", { type: "button", class: "ca-btn ca-btn--secondary", text: s.retry, hidden: true });
    const errorBox = h("div", { class: "ca-error", role: "alert", hidden: true }, [errorText, errorRetry]);
    const input = /** @type {HTMLTextAreaElement} */ (
      h("textarea", { id: inputId, class: "ca-input", rows: "1", placeholder: s.placeholder, autocomplete: "off", enterkeyhint: "send" })
    );
    const sendButton = h("button", { type: "submit", class: "ca-send", "aria-label": s.send }, [sendIcon()]);
    const form = /** @type {HTMLFormElement} */ (
      h("form", { class: "ca-form", novalidate: true }, [h("label", { class: "ca-sr", for: inputId, text: s.inputLabel }), input, sendButton])
    );
    const unavailableBox = h("p", { class: "ca-unavailable", hidden: true, text: s.unavailable });
    const announcer = h("div", { class: "ca-sr", role: "status", "aria-live": "polite" });
    const typing = h("div", { class: "ca-msg ca-msg--agent ca-typing" }, [
      h("span", { class: "ca-dots", "aria-hidden": "true" }, [h("span"), h("span"), h("span")]),
      h("span", { class: "ca-sr", text: s.typing }),
    ]);

    const panel = h(
      "div",
      {
        id: panelId,
        class: `ca-panel ca-panel--${data.position === "bottom_left" ? "left" : "right"}`,
        role: "dialog",
        "aria-modal": "false",
        "aria-labelledby": titleId,
        hidden: true,
        lang: lang,
      },
      [
        h("div", { class: "ca-header" }, [title, h("div", { class: "ca-header-actions" }, [restartButton, closeButton])]),
        log,
        errorBox,
        chips,
        form,
        unavailableBox,
        announcer,
      ],
    );
    panel.style.setProperty("--ca-accent", accent);
    panel.style.setProperty("--ca-on-accent", readableOn(accent));
    panel.style.setProperty("--ca-link", contrast(accent, "#ffffff") >= 4.5 ? accent : "#1a1a1a");
    document.body.append(panel);
    bubble.setAttribute("aria-controls", panelId);

    // ---- announcements and errors

    /** @param {string} message */
    function announce(message) {
      announcer.textContent = "";
      setTimeout(() => {
        announcer.textContent = message;
      }, 50);
    }

    /** @param {string} message @param {(() => void) | null} [retry] */
    function showError(message, retry) {
      errorText.textContent = message;
      errorRetry.hidden = !retry;
      errorRetry.onclick = retry || null;
      errorBox.hidden = false;
    }

    function hideError() {
      errorBox.hidden = true;
      errorRetry.onclick = null;
    }

    function showUnavailable() {
      state.unavailable = true;
      form.hidden = true;
      chips.hidden = true;
      restartButton.hidden = true;
      hideError();
      unavailableBox.hidden = false;
    }

    // ---- messages

    /** Agent text with http(s) URLs turned into links. @param {string} text */
    function linkify(text) {
      const fragment = document.createDocumentFragment();
      const pattern = /https?:\/\/[^\s<>"'`\u0080-\uffff]+/g;
      let last = 0;
      for (const match of text.matchAll(pattern)) {
        const raw = match[0].replace(/[.,;:!?)\]]+$/, "");
        const start = match.index || 0;
        fragment.append(text.slice(last, start));
        fragment.append(link(raw, raw, "ca-inline-link"));
        last = start + raw.length;
      }
      fragment.append(text.slice(last));
      return fragment;
    }

    /**
     * A link; other sites open in a new tab. Unsafe URLs render as plain text.
     * @param {string} label @param {string | null | undefined} url @param {string} className
     */
    function link(label, url, className) {
      const parsed = safeUrl(url);
      if (!parsed) return h("span", { class: className, text: label });
      const external = parsed.origin !== window.location.origin;
      return h("a", { class: className, href: parsed.href, target: external && "_blank", rel: external && "noopener noreferrer" }, [
        label,
        external ? h("span", { class: "ca-sr", text: s.newTab }) : null,
      ]);
    }

    function scrollToEnd() {
      log.scrollTop = log.scrollHeight;
    }

    /** Shows a new agent message from its top when it is taller than the log. @param {HTMLElement} message */
    function reveal(message) {
      if (message.offsetHeight > log.clientHeight) log.scrollTop = message.offsetTop - 8; // .ca-log is position: relative
      else scrollToEnd();
    }

    /** @param {string} text @param {"sent" | "pending"} status */
    function addShopperMessage(text, status) {
      const message = h("div", { class: "ca-msg ca-msg--shopper", "data-state": status }, [
        h("span", { class: "ca-sr", text: `${s.you} ` }),
        h("p", { class: "ca-text", text }),
      ]);
      log.append(message);
      scrollToEnd();
      return message;
    }

    /**
     * Renders in the language of the agent's reply, so a Korean conversation shows its cards, labels and buttons in
     * Korean on an English storefront (and the other way round).
     * @template T @param {string | undefined} language @param {() => T} render @returns {T}
     */
    function inLanguage(language, render) {
      const saved = { s, locale };
      if ((language === "en" || language === "ko") && language !== lang) {
        s = STRINGS[language];
        locale = language === "ko" ? "ko-KR" : "en-US";
      }
      try {
        return render();
      } finally {
        ({ s, locale } = saved);
      }
    }

    /** @param {Message} msg */
    function addAgentMessage(msg) {
      return inLanguage(msg.language, () => buildAgentMessage(msg));
    }

    /** @param {Message} msg */
    function buildAgentMessage(msg) {
      const sources = Array.isArray(msg.sources) ? msg.sources.filter((x) => x && x.title) : [];
      const text = h("p", { class: "ca-text" }, [linkify(String(msg.text || ""))]);
      const message = h("div", { class: `ca-msg ca-msg--agent${msg.card ? " ca-msg--card" : ""}` }, [
        h("span", { class: "ca-sr", text: `${fill(s.agent, { brand: brand || s.title })} ` }),
        text,
        msg.card ? renderCard(msg.card) : null,
        msg.handoff ? h("p", { class: "ca-handoff", text: s.handoff }) : null,
        sources.length
          ? h("p", { class: "ca-sources", text: (sources.length > 1 ? s.sources : s.source) + sources.map((x) => x.title).join(" · ") })
          : null,
      ]);
      log.append(message);
      reveal(message);
      return message;
    }

    /** @param {HTMLElement} message */
    function markFailed(message) {
      message.setAttribute("data-state", "failed");
      if (message.querySelector(".ca-msg-status")) return;
      const text = message.querySelector(".ca-text");
      const retry = h("button", { type: "button", class: "ca-link-btn", text: s.retry, onclick: () => retrySend(message) });
      message.append(h("p", { class: "ca-msg-status" }, [s.notSent, " ", retry]));
      message.setAttribute("data-text", text ? text.textContent || "" : "");
    }

    /** @param {string[] | undefined} replies */
    function renderChips(replies) {
      chips.replaceChildren(
        ...(replies || [])
          .filter((reply) => typeof reply === "string" && reply.trim())
          .map((reply) => h("button", { type: "button", class: "ca-chip", text: reply, onclick: () => sendText(reply) })),
      );
    }

    /** @param {boolean} on */
    function showTyping(on) {
      if (on) {
        log.append(typing);
        scrollToEnd();
      } else typing.remove();
    }

    function welcome() {
      addAgentMessage({ text: greeting });
      renderChips(s.starters);
    }

    // ---- sending

    /**
     * Sends a chip, card action or retried text. Returns false when it could not start (busy, unavailable).
     * @param {string} text
     */
    function sendText(text) {
      if (state.pending) {
        announce(s.busy);
        return false;
      }
      void deliver(text, null);
      return true;
    }

    /** @param {HTMLElement} message */
    function retrySend(message) {
      if (state.pending) return announce(s.busy);
      void deliver(message.getAttribute("data-text") || "", message);
    }

    /**
     * Puts text back in the box when the shopper has to change or resend it; if they have typed something new
     * meanwhile, the message stays in the log as "not sent" with its own Retry, so nothing is lost.
     * @param {string} text @param {HTMLElement} message
     */
    function giveBack(text, message) {
      if (!input.value.trim()) {
        input.value = text;
        autosize();
        message.remove();
      } else markFailed(message);
    }

    /**
     * @param {string} raw
     * @param {HTMLElement | null} existing a failed message being retried
     */
    async function deliver(raw, existing) {
      const text = raw.trim();
      if (!text || state.unavailable) return;
      if (Date.now() < state.waitUntil) {
        showError(fill(s.errRate, { s: Math.ceil((state.waitUntil - Date.now()) / 1000) }));
        if (!existing && !input.value.trim()) input.value = text;
        return;
      }
      hideError();
      const generation = state.generation;
      const message = existing || addShopperMessage(text, "pending");
      message.setAttribute("data-state", "pending");
      const status = message.querySelector(".ca-msg-status");
      if (status) status.remove();
      state.pending = true;
      chips.classList.add("ca-chips--busy");
      showTyping(true);

      const result = await api.send(state.conversationId, text);

      if (generation !== state.generation) return; // "Start over" was pressed meanwhile
      state.pending = false;
      chips.classList.remove("ca-chips--busy");
      showTyping(false);
      handleSendResult(result, text, message);
    }

    /** @param {ApiResult} result @param {string} text @param {HTMLElement} message */
    function handleSendResult(result, text, message) {
      const retry = () => retrySend(message);
      switch (result.kind) {
        case "ok": {
          message.setAttribute("data-state", "sent");
          state.conversationId = result.body.conversationId;
          storage.set(result.body.conversationId);
          addAgentMessage(result.body.message);
          renderChips(result.body.message.quickReplies);
          return;
        }
        case "invalid":
          giveBack(text, message);
          return showError(result.error || s.errInvalid);
        case "rate":
          state.waitUntil = Date.now() + (result.seconds || 5) * 1000;
          giveBack(text, message);
          return showError(result.seconds ? fill(s.errRate, { s: result.seconds }) : s.errRateSoon);
        case "unavailable":
          message.remove();
          return showUnavailable();
        case "secure":
          markFailed(message);
          return showError(s.errSecure, retry);
        case "network":
          markFailed(message);
          return showError(s.errNetwork, retry);
        default:
          markFailed(message);
          return showError(s.errServer, retry);
      }
    }

    /** @param {Event} event */
    function onSubmit(event) {
      event.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      if (state.pending) return announce(s.busy); // the text stays in the box
      input.value = "";
      autosize();
      void deliver(text, null);
    }

    function autosize() {
      input.style.height = "auto";
      input.style.height = `${Math.min(input.scrollHeight, 120)}px`;
    }

    /** Enter sends, Shift+Enter is a new line; never while an IME (Korean, Japanese…) is composing. @param {KeyboardEvent} event */
    function onInputKey(event) {
      if (event.key !== "Enter" || event.shiftKey || event.isComposing || event.keyCode === 229) return;
      event.preventDefault();
      if (form.requestSubmit) form.requestSubmit();
      else onSubmit(event);
    }

    // ---- restoring and starting over

    async function restore() {
      const saved = storage.get();
      if (!saved) return welcome();
      state.conversationId = saved;
      state.pending = true;
      const loading = h("p", { class: "ca-loading", text: s.loading });
      log.append(loading);
      const generation = state.generation;
      const result = await api.conversation(saved);
      if (generation !== state.generation) return;
      state.pending = false;
      loading.remove();

      if (result.kind === "ok" && result.body.messages.length) {
        if (typeof result.body.conversationId === "string") state.conversationId = result.body.conversationId;
        renderHistory(result.body.messages);
      } else if (result.kind === "unavailable") {
        showUnavailable();
      } else {
        if (result.kind === "not_found") {
          storage.clear();
          state.conversationId = null;
        } else if (result.kind !== "ok") {
          showError(s.errRestore, null);
        }
        welcome();
      }
    }

    /** Earlier messages are drawn without being read out again. @param {Message[]} messages */
    function renderHistory(messages) {
      log.setAttribute("aria-live", "off");
      /** @type {Message | null} */
      let lastAgent = null;
      for (const msg of messages) {
        if (!msg || typeof msg.text !== "string") continue;
        if (msg.role === "shopper") {
          addShopperMessage(msg.text, "sent");
          lastAgent = null;
        } else {
          addAgentMessage(msg);
          lastAgent = msg;
        }
      }
      renderChips(lastAgent ? lastAgent.quickReplies : []);
      scrollToEnd();
      setTimeout(() => log.setAttribute("aria-live", "polite"), 0);
    }

    function startOver() {
      state.generation += 1;
      state.pending = false;
      state.conversationId = null;
      storage.clear();
      showTyping(false);
      chips.classList.remove("ca-chips--busy");
      hideError();
      log.setAttribute("aria-live", "off");
      log.replaceChildren();
      welcome();
      setTimeout(() => log.setAttribute("aria-live", "polite"), 0);
      announce(s.startedOver);
      input.focus();
    }

    // ---- cards

    /** @param {Card} card */
    function renderCard(card) {
      switch (card && card.type) {
        case "order":
          return renderOrder(/** @type {OrderCard} */ (card));
        case "coupon":
          return renderCoupons(/** @type {CouponCard} */ (card));
        case "product":
          return renderProducts(/** @type {ProductCard} */ (card));
        case "loyalty":
          return renderLoyalty(/** @type {LoyaltyCard} */ (card));
        case "subscription":
          return renderSubscription(/** @type {SubscriptionCard} */ (card));
        case "return":
          return renderReturn(/** @type {ReturnCard} */ (card));
        case "login": {
          // A guest asked to log in: the button to the store's login page.
          const actions = /** @type {LoginCard} */ (card).actions || [];
          return cardBox(actions[0] ? actions[0].label : "", [renderActions(actions)], "login");
        }
        default:
          return null; // a card type this widget does not know yet: the text still answers
      }
    }

    /** @param {string} label @param {Array<Node | string | null | false>} children @param {string} type */
    const cardBox = (label, children, type) => h("div", { class: `ca-card ca-card--${type}`, role: "group", "aria-label": label }, children);

    /**
     * A decorative image (the title next to it says what it is); a broken one is removed rather than shown broken.
     * @param {string | null | undefined} url @param {string} className @param {number} size
     */
    const image = (url, className, size) => {
      const parsed = safeUrl(url);
      if (!parsed) return null;
      const img = h("img", { class: className, src: parsed.href, alt: "", loading: "lazy", width: String(size), height: String(size) });
      img.addEventListener("error", () => img.remove());
      return img;
    };

    /** @param {OrderCard} card */
    function renderOrder(card) {
      const shown = new Set();
      const shipments = (card.shipments || []).map((shipment) => {
        const track = safeUrl(shipment.trackingUrl);
        if (track) shown.add(track.href);
        return h("li", { class: "ca-shipment" }, [
          h("p", { class: "ca-strong", text: [statusText(shipment.statusLabel, shipment.status), shipment.carrier].filter(Boolean).join(" · ") }),
          shipment.trackingNumber
            ? h("p", {}, [`${s.trackingNumber}: `, h("span", { class: "ca-code", text: shipment.trackingNumber })])
            : null,
          shipment.deliveredAt
            ? h("p", { class: "ca-muted", text: fill(s.delivered, { date: formatDate(shipment.deliveredAt) }) })
            : shipment.estimatedDeliveryAt
              ? h("p", { class: "ca-muted", text: fill(s.expected, { date: formatDate(shipment.estimatedDeliveryAt) }) })
              : null,
          track ? link(s.trackPackage, track.href, "ca-action ca-action--primary") : null,
        ]);
      });
      const actions = [...(card.actions || [])];
      const statusPage = safeUrl(card.statusPageUrl);
      if (statusPage && !actions.some((a) => a.kind === "link" && safeUrl(a.url)?.href === statusPage.href)) {
        actions.push({ kind: "link", label: s.orderStatus, url: statusPage.href });
      }
      return cardBox(
        fill(s.order, { name: card.name }),
        [
          h("div", { class: "ca-card-head" }, [h("p", { class: "ca-card-title", text: card.name }), h("span", { class: "ca-badge", text: card.status })]),
          h("p", { class: "ca-muted", text: fill(s.placed, { date: formatDate(card.placedAt) }) }),
          h(
            "ul",
            { class: "ca-items" },
            (card.items || []).map((item) =>
              h("li", { class: "ca-item" }, [image(item.imageUrl, "ca-thumb", 48), h("span", { class: "ca-item-title", text: item.title }), h("span", { class: "ca-qty", text: fill(s.qty, { n: item.quantity }) })]),
            ),
          ),
          h("p", { class: "ca-total" }, [h("span", { text: s.total }), h("span", { class: "ca-strong", text: formatMoney(card.total) })]),
          shipments.length ? h("ul", { class: "ca-shipments" }, shipments) : null,
          renderActions(actions, { skipUrls: shown, noPrimary: shown.size > 0 }),
        ],
        "order",
      );
    }

    /** @param {CouponCard} card */
    function renderCoupons(card) {
      return cardBox(
        s.coupons,
        [
          h(
            "ul",
            { class: "ca-list" },
            (card.coupons || []).map((coupon) =>
              h("li", { class: "ca-coupon" }, [
                h("div", { class: "ca-card-head" }, [
                  h("p", { class: "ca-card-title", text: coupon.title || coupon.code }),
                  coupon.personal ? h("span", { class: "ca-badge ca-badge--accent", text: s.personal }) : null,
                ]),
                h("p", { class: "ca-code ca-code--big", text: coupon.code }),
                coupon.summary ? h("p", { text: coupon.summary }) : null,
                coupon.endsAt ? h("p", { class: "ca-muted", text: fill(s.ends, { date: formatDate(coupon.endsAt) }) }) : null,
                renderActions(coupon.actions, { code: coupon.code }),
              ]),
            ),
          ),
        ],
        "coupon",
      );
    }

    /** @param {ProductCard} card */
    function renderProducts(card) {
      return cardBox(
        s.products,
        [
          h(
            "ul",
            { class: "ca-carousel" },
            (card.products || []).map((product) => {
              return h("li", { class: "ca-product" }, [
                image(product.imageUrl, "ca-product-image", 168),
                h("p", { class: "ca-card-title" }, [product.url ? link(product.title, product.url, "ca-product-link") : product.title]),
                h("p", { class: "ca-price", text: formatMoney(product.price) }),
                product.available ? null : h("p", { class: "ca-badge", text: s.soldOut }),
                renderActions(product.actions, { title: product.title, available: product.available }),
              ]);
            }),
          ),
        ],
        "product",
      );
    }

    /** @param {LoyaltyCard} card */
    function renderLoyalty(card) {
      const rewards = card.rewards || [];
      return cardBox(
        card.programName,
        [
          h("p", { class: "ca-card-title", text: card.programName }),
          h("p", { class: "ca-points", text: fill(s.points, { n: formatNumber(card.pointsBalance) }) }),
          card.tier ? h("p", { class: "ca-muted", text: fill(s.tier, { tier: card.tier }) }) : null,
          rewards.length ? h("p", { class: "ca-subhead", text: s.rewards }) : null,
          rewards.length
            ? h(
                "ul",
                { class: "ca-list" },
                rewards.map((reward) =>
                  h("li", { class: `ca-reward${reward.affordable ? " ca-reward--affordable" : ""}` }, [
                    h("span", { class: "ca-strong", text: reward.name }),
                    h("span", { class: "ca-muted", text: fill(s.points, { n: formatNumber(reward.pointsCost) }) }),
                    h("span", {
                      class: reward.affordable ? "ca-badge ca-badge--accent" : "ca-muted",
                      text: reward.affordable ? s.affordable : fill(s.needMore, { n: formatNumber(Math.max(0, reward.pointsCost - card.pointsBalance)) }),
                    }),
                  ]),
                ),
              )
            : null,
          renderActions(card.actions),
        ],
        "loyalty",
      );
    }

    /** @param {SubscriptionCard} card */
    function renderSubscription(card) {
      const status = statusText(card.statusLabel, card.status);
      return cardBox(
        card.productTitle,
        [
          h("div", { class: "ca-card-head" }, [h("p", { class: "ca-card-title", text: card.productTitle }), h("span", { class: "ca-badge", text: status })]),
          h("p", { text: [card.frequency, card.price ? formatMoney(card.price) : ""].filter(Boolean).join(" · ") }),
          card.nextChargeAt ? h("p", { class: "ca-muted", text: fill(s.nextCharge, { date: formatDate(card.nextChargeAt) }) }) : null,
          renderActions(card.actions),
        ],
        "subscription",
      );
    }

    /** @param {ReturnCard} card */
    function renderReturn(card) {
      const items = card.eligibleItems || [];
      const portal = safeUrl(card.portalUrl);
      const actions = card.actions || [];
      const portalInActions = portal && actions.some((a) => a.kind === "link" && safeUrl(a.url)?.href === portal.href);
      return cardBox(
        fill(s.returnFor, { name: card.orderName }),
        [
          h("p", { class: "ca-card-title", text: fill(s.returnFor, { name: card.orderName }) }),
          h("p", { class: "ca-subhead", text: s.eligibleItems }),
          items.length
            ? h(
                "ul",
                { class: "ca-items" },
                items.map((item) => h("li", { class: "ca-item" }, [h("span", { class: "ca-item-title", text: item.title }), h("span", { class: "ca-qty", text: fill(s.qty, { n: item.quantity }) })])),
              )
            : h("p", { class: "ca-muted", text: s.noEligible }),
          card.policySummary ? h("p", { class: "ca-policy", text: card.policySummary }) : null,
          portal && !portalInActions ? link(s.startReturn, portal.href, "ca-action ca-action--primary") : null,
          renderActions(actions, { noPrimary: Boolean(portal && !portalInActions) }),
        ],
        "return",
      );
    }

    // ---- card actions

    /**
     * @typedef {{ skipUrls?: Set<string>, title?: string, code?: string, available?: boolean, noPrimary?: boolean }} ActionContext
     * @param {CardAction[] | undefined} actions @param {ActionContext} [context]
     */
    function renderActions(actions, context) {
      const ctx = context || {};
      const note = h("p", { class: "ca-note", "aria-hidden": "true" });
      const buttons = (actions || [])
        .filter((a) => !(a.kind === "link" && ctx.skipUrls && ctx.skipUrls.has(safeUrl(a.url)?.href || "")))
        .map((a, i) => renderAction(a, ctx, note, i === 0 && !ctx.noPrimary))
        .filter(Boolean);
      if (!buttons.length) return null;
      // What a confirming button cannot undo is said beside it, once: the button itself is the confirmation.
      const warnings = (actions || []).flatMap((a) => (a.kind === "confirm" && a.warning ? [h("p", { class: "ca-warning", text: a.warning })] : []));
      return h("div", { class: "ca-actions-wrap" }, [h("div", { class: "ca-actions" }, buttons), ...warnings, note]);
    }

    /**
     * Visible feedback next to the buttons (hidden from screen readers, which hear it from the status region).
     * @param {HTMLElement} note @param {string} message
     */
    function feedback(note, message) {
      note.textContent = message;
      announce(message);
    }

    /**
     * Shows `label` on the button for a moment, keeping its accessible name in step.
     * @param {HTMLElement} button @param {string} label
     */
    function flash(button, label) {
      const original = button.getAttribute("data-label") || button.textContent || "";
      button.setAttribute("data-label", original);
      button.textContent = label;
      setTimeout(() => {
        button.textContent = original;
      }, FEEDBACK_MS);
    }

    /**
     * @param {CardAction} action @param {ActionContext} ctx @param {HTMLElement} note @param {boolean} primary
     * @returns {HTMLElement | null}
     */
    function renderAction(action, ctx, note, primary) {
      const className = `ca-action${primary ? " ca-action--primary" : ""}`;
      /** @param {(button: HTMLButtonElement) => void} onClick */
      const button = (onClick) => {
        const b = /** @type {HTMLButtonElement} */ (h("button", { type: "button", class: className, text: action.label }));
        b.addEventListener("click", () => onClick(b));
        return b;
      };
      switch (action.kind) {
        case "link":
          return link(action.label, action.url, className);
        case "reply":
          return button(() => sendText(action.text));
        case "confirm": {
          // The agent already previewed the action and asked: this button is the one "yes", sent at once.
          const b = button(() => sendText(action.text));
          b.classList.add("ca-action--danger");
          return b;
        }
        case "copy":
          return button(async (b) => {
            if (await copyText(action.value)) {
              flash(b, s.copied);
              feedback(note, fill(s.copiedCode, { code: action.value }));
            } else feedback(note, fill(s.copyFailed, { code: action.value }));
          });
        case "apply_discount":
          return button(async (b) => {
            b.disabled = true;
            b.setAttribute("aria-busy", "true");
            const ok = await applyDiscount(root, action.code);
            b.disabled = false;
            b.removeAttribute("aria-busy");
            if (ok) {
              flash(b, s.applied);
              feedback(note, fill(s.appliedCode, { code: action.code }));
              document.dispatchEvent(new CustomEvent("customer-agent:discount-applied", { detail: { code: action.code } }));
            } else feedback(note, fill(s.applyFailed, { code: action.code }));
          });
        case "add_to_cart": {
          if (ctx.available === false) return h("button", { type: "button", class: className, disabled: true, text: action.label });
          return button(async (b) => {
            b.disabled = true;
            b.setAttribute("aria-busy", "true");
            const result = await addToCart(root, action.variantId, action.quantity || 1);
            b.disabled = false;
            b.removeAttribute("aria-busy");
            if (result.ok) {
              flash(b, s.added);
              feedback(note, fill(s.addedItem, { title: ctx.title || "" }).trim());
            } else feedback(note, result.message || s.addFailed);
          });
        }
        case "choose_variant":
          if (ctx.available === false) return h("button", { type: "button", class: className, disabled: true, text: action.label });
          return button((b) => toggleChooser(action, b, ctx, note));
        default:
          return null;
      }
    }

    /**
     * Add to cart for a product in several variants: its variants open under the server's prompt ("Choose a size and
     * colour") and only the one the shopper picks is added. Pressing the button again, or Escape, closes them.
     * @param {{ prompt: string, variants: { variantId: string, title: string }[], quantity?: number }} action
     * @param {HTMLButtonElement} trigger @param {ActionContext} ctx @param {HTMLElement} note
     */
    function toggleChooser(action, trigger, ctx, note) {
      const wrap = trigger.closest(".ca-actions-wrap");
      if (!wrap) return;
      const close = () => {
        wrap.querySelector(".ca-choose")?.remove();
        trigger.setAttribute("aria-expanded", "false");
      };
      if (wrap.querySelector(".ca-choose")) return close();
      const promptId = uid("choose");
      const options = (action.variants || []).map((variant) => {
        const option = /** @type {HTMLButtonElement} */ (h("button", { type: "button", class: "ca-action", text: variant.title }));
        option.addEventListener("click", async () => {
          for (const o of options) o.disabled = true;
          option.setAttribute("aria-busy", "true");
          const result = await addToCart(root, variant.variantId, action.quantity || 1);
          option.removeAttribute("aria-busy");
          if (!result.ok) {
            for (const o of options) o.disabled = false;
            return feedback(note, result.message || s.addFailed);
          }
          close();
          trigger.focus();
          flash(trigger, s.added);
          feedback(note, fill(s.addedItem, { title: [ctx.title, variant.title].filter(Boolean).join(" — ") }));
        });
        return option;
      });
      const chooser = h("div", { class: "ca-choose", role: "group", "aria-labelledby": promptId }, [
        h("p", { id: promptId, class: "ca-strong", text: action.prompt }),
        h("div", { class: "ca-actions" }, options),
      ]);
      chooser.addEventListener("keydown", (event) => {
        if (event.key !== "Escape") return;
        event.stopPropagation(); // close the choices, not the whole chat
        close();
        trigger.focus();
      });
      trigger.setAttribute("aria-expanded", "true");
      wrap.insertBefore(chooser, note);
      options[0]?.focus();
      chooser.scrollIntoView({ block: "nearest" });
    }

    // ---- open / close

    function open() {
      panel.hidden = false;
      bubble.setAttribute("aria-expanded", "true");
      scrollToEnd();
      if (state.unavailable) closeButton.focus();
      else input.focus();
    }

    function close() {
      panel.hidden = true;
      bubble.setAttribute("aria-expanded", "false");
      bubble.focus();
    }

    /** On a phone the panel covers the page, so Tab stays inside it. @param {KeyboardEvent} event */
    function keepFocusInside(event) {
      if (!window.matchMedia || !window.matchMedia("(max-width: 480px)").matches) return;
      const focusable = /** @type {HTMLElement[]} */ ([...panel.querySelectorAll("button, a[href], textarea, [tabindex='0']")]).filter(
        (node) => !(/** @type {HTMLButtonElement} */ (node).disabled) && node.offsetParent !== null,
      );
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }

    form.addEventListener("submit", onSubmit);
    input.addEventListener("keydown", onInputKey);
    input.addEventListener("input", autosize);
    panel.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        close();
      } else if (event.key === "Tab") keepFocusInside(event);
    });
    bubble.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && !panel.hidden) close();
    });

    void restore();

    return {
      open,
      close,
      toggle() {
        if (panel.hidden) open();
        else close();
      },
    };
  }

  const w = /** @type {any} */ (window);
  if (!w.CustomerAgentWidget) w.CustomerAgentWidget = { mount };
})();
