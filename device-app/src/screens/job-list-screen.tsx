import type { Language } from '@quire/protocol';
import { ActionBar } from '../components/action-bar';
import { AutoReleaseNotice } from '../components/auto-release-notice';
import { EditDialog } from '../components/edit-dialog';
import { JobList } from '../components/job-list';
import { LanguageButton } from '../components/language-button';
import { MonoOffer } from '../components/mono-offer';
import { StatusLine } from '../components/status-line';
import { SummaryBar } from '../components/summary-bar';
import type { PanelActions } from '../lib/panel-actions';
import { allJobs, canDelete, isSelectable, type PanelState, policiesOf } from '../lib/panel-state';
import { errorText } from '../lib/status-text';
import { useStrings } from '../lib/use-strings';

export interface JobListScreenProps {
  state: PanelState;
  actions: PanelActions;
  language: Language;
}

/** The main screen (PRODUCT.md §5.2-5.5): who is signed in, their jobs, what is happening, the actions. */
export function JobListScreen({ state, actions, language }: JobListScreenProps) {
  const t = useStrings();
  const jobs = allJobs(state.jobs);
  const selectable = jobs.filter(isSelectable);
  const editing = state.editing === null ? undefined : jobs.find((job) => job.id === state.editing);
  const policies = policiesOf(state);
  return (
    <main class="screen">
      <header class="topbar">
        <div class="who">
          <span class="user" data-testid="user-name">
            {state.user?.displayName}
          </span>
          <span class="printer">{state.printer?.name}</span>
        </div>
        <LanguageButton language={language} onSwitch={actions.language} />
        <button type="button" data-testid="sign-out" onClick={() => actions.signOut('requested')}>
          {t.actions.signOut}
        </button>
      </header>
      {state.autoRelease && <AutoReleaseNotice release={state.autoRelease} />}
      <JobList
        jobs={state.jobs}
        selected={state.selected}
        progress={state.progress}
        onToggle={actions.toggle}
      />
      <SummaryBar jobs={state.jobs} selected={state.selected} />
      {state.monoOffer ? (
        <MonoOffer
          message={state.monoOffer.message}
          onAccept={actions.acceptMono}
          onDecline={actions.declineMono}
        />
      ) : (
        <StatusLine status={state.status} />
      )}
      <ActionBar
        busy={state.busy}
        selectedCount={state.selected.length}
        selectableCount={selectable.length}
        allSelected={selectable.length > 0 && state.selected.length === selectable.length}
        canDelete={canDelete(state)}
        printAndKeep={policies.printAndKeep}
        onSelectAll={actions.selectAll}
        onEdit={() => actions.edit(state.selected[0] ?? null)}
        onDelete={actions.remove}
        onRefresh={actions.refresh}
        onPrint={actions.print}
      />
      {editing && state.printer && (
        <EditDialog
          key={editing.id}
          job={editing}
          capabilities={state.printer.capabilities}
          policies={policies}
          saving={state.busy === 'save'}
          error={state.status?.kind === 'error' ? errorText(state.status.error, t) : null}
          onSave={(patch) => actions.save(editing.id, patch)}
          onCancel={() => actions.edit(null)}
        />
      )}
    </main>
  );
}
