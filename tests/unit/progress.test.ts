import { describe, expect, it } from 'vitest';
import { ADD_ACCESS_JOURNEY as journey } from '../../guide/journey';
import {
  completeStep,
  doneCount,
  EMPTY_PROGRESS,
  finishJourney,
  nextStepId,
  reachStep,
  readJourneyProgress,
  togglePrerequisite,
} from '../../lib/progress';

const index = (id: string) => journey.steps.findIndex((s) => s.id === id);

describe('progress', () => {
  it('reaching a page marks every earlier step done, not the page itself', () => {
    const p = reachStep(EMPTY_PROGRESS, journey, index('employer-group'));
    expect(p.done).toEqual(['open-service', 'manage-access', 'social-security', 'log-in']);
    expect(p.lastStep).toBe('employer-group');
    expect(nextStepId(p, journey)).toBe('employer-group');
  });
  it('going back to an earlier page loses nothing', () => {
    const ahead = reachStep(EMPTY_PROGRESS, journey, index('users-menu'));
    const back = reachStep(ahead, journey, index('open-service'));
    expect(back.done).toEqual(ahead.done);
    expect(back.lastStep).toBe('open-service');
  });
  it('clicking a target completes its step and those before it', () => {
    const p = completeStep(EMPTY_PROGRESS, journey, 'manage-access');
    expect(p.done).toEqual(['open-service', 'manage-access']);
    expect(completeStep(p, journey, 'nope')).toBe(p);
  });
  it('returns the same object when nothing changes, so nothing is written', () => {
    const p = reachStep(EMPTY_PROGRESS, journey, 2);
    expect(reachStep(p, journey, 2)).toBe(p);
    expect(togglePrerequisite(p, 'bce-number', false)).toBe(p);
  });
  it('finishes the journey', () => {
    const p = finishJourney(EMPTY_PROGRESS, journey);
    expect(p.finished).toBe(true);
    expect(nextStepId(p, journey)).toBeNull();
    expect(doneCount(p, journey)).toBe(9);
  });
  it('counts prerequisites the user ticked', () => {
    const p = togglePrerequisite(EMPTY_PROGRESS, 'bce-number', true);
    expect(doneCount(p, journey)).toBe(1);
    expect(togglePrerequisite(p, 'bce-number', false).prerequisites).toEqual([]);
  });
});

describe('readJourneyProgress (stored data is untrusted)', () => {
  it.each([undefined, null, 42, 'x', [], { 'add-access': 'broken' }, { 'add-access': [] }])('gives empty progress for %j', (raw) => {
    expect(readJourneyProgress(raw, journey)).toEqual(EMPTY_PROGRESS);
  });
  it('keeps what is valid and drops the rest', () => {
    const raw = { 'add-access': { done: ['log-in', 'bogus', 'log-in', 7], prerequisites: ['bce-number', 'x'], lastStep: 'bogus', finished: 'yes' } };
    expect(readJourneyProgress(raw, journey)).toEqual({ done: ['log-in'], prerequisites: ['bce-number'], lastStep: null, finished: false });
    const ok = { 'add-access': { done: ['log-in', 'bogus', 'log-in'], prerequisites: [], lastStep: 'log-in', finished: false } };
    expect(readJourneyProgress(ok, journey).done).toEqual(['log-in']);
    expect(readJourneyProgress(ok, journey).lastStep).toBe('log-in');
  });
});

describe('isDamaged', () => {
  it('tells damaged stored progress from intact or absent progress', async () => {
    const { isDamaged } = await import('../../lib/progress');
    expect(isDamaged(undefined, journey)).toBe(false);
    expect(isDamaged({}, journey)).toBe(false);
    expect(isDamaged({ 'add-access': { done: ['log-in'], prerequisites: [], lastStep: null, finished: false } }, journey)).toBe(false);
    expect(isDamaged('garbage', journey)).toBe(true);
    expect(isDamaged({ 'add-access': 7 }, journey)).toBe(true);
    expect(isDamaged({ 'add-access': { done: ['log-in', 'nope'], prerequisites: [] } }, journey)).toBe(true);
  });
});
