import { useEffect, useState } from 'react';
import { useSearch, useLocation } from 'wouter';
import { FILTER_KEYS, type Filters } from './api';

/** Loads JSON when `url` changes; null url means nothing to load. */
export function useJson<T>(url: string | null): { data: T | null; error: string | null; loading: boolean } {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({ data: null, error: null, loading: !!url });
  useEffect(() => {
    if (!url) return;
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    fetch(url, { headers: { accept: 'application/json' } })
      .then(async (res) => {
        const body = await res.json().catch(() => ({ message: res.statusText }));
        if (!res.ok) throw new Error((body as { message?: string }).message ?? res.statusText);
        if (live) setState({ data: body as T, error: null, loading: false });
      })
      .catch((e: Error) => live && setState({ data: null, error: e.message, loading: false }));
    return () => {
      live = false;
    };
  }, [url]);
  return state;
}

/** The filters live in the address (shareable, back-button friendly). */
export function useFilters(): [Filters, (f: Filters) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) filters[k] = v;
  }
  const set = (f: Filters) => {
    const q = new URLSearchParams();
    for (const k of FILTER_KEYS) if (f[k]) q.set(k, f[k]!);
    const s = q.toString();
    navigate(`${location}${s ? `?${s}` : ''}`);
  };
  return [filters, set];
}
