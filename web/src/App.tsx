import { lazy, Suspense } from 'react';
import { Link, Route, Switch } from 'wouter';
import { ExplorePage } from './pages/Explore';
import { EngagementPage } from './pages/Engagement';
import { ActorPage } from './pages/Actor';
// The network view carries cytoscape; it loads only when opened.
const NetworkPage = lazy(() => import('./pages/Network').then((m) => ({ default: m.NetworkPage })));
import { PastePage } from './pages/Paste';
import { DocumentPage } from './pages/Document';

export function App() {
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link href="/" className="brand">
          Parley
        </Link>
        <nav aria-label="Main">
          <Link href="/">Engagements</Link>
          <Link href="/network">Network</Link>
          <Link href="/paste">Paste an article</Link>
          <a href="/api/docs">API</a>
        </nav>
      </header>
      <main id="main">
        <Switch>
          <Route path="/" component={ExplorePage} />
          <Route path="/network">
            <Suspense fallback={<p className="muted">Loading…</p>}>
              <NetworkPage />
            </Suspense>
          </Route>
          <Route path="/paste" component={PastePage} />
          <Route path="/engagements/:id">{(p) => <EngagementPage id={decodeURIComponent(p.id)} />}</Route>
          <Route path="/actors/:id">{(p) => <ActorPage id={decodeURIComponent(p.id)} />}</Route>
          <Route path="/documents/:id">{(p) => <DocumentPage id={decodeURIComponent(p.id)} />}</Route>
          <Route>
            <p role="alert">This page does not exist.</p>
          </Route>
        </Switch>
      </main>
    </>
  );
}
