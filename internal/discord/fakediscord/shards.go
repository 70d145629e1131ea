package fakediscord

import (
	"context"
	"encoding/json"
	"fmt"
)

// A client that identifies with "shard": [id, count] is a gateway shard;
// the fake keeps the latest connection of each shard, so a test can run
// several bot processes against one fake and choose which receives an
// event (Discord routes a guild's events to one shard).

// noteShardLocked records c as the connection of the shard named in an
// Identify payload, if any; s.mu is held.
func (g *gateway) noteShardLocked(c *gatewayConn, identify json.RawMessage) {
	var id struct {
		Shard []int `json:"shard"`
	}
	if json.Unmarshal(identify, &id) != nil || len(id.Shard) != 2 {
		return
	}
	if g.shards == nil {
		g.shards = map[int]*gatewayConn{}
	}
	g.shards[id.Shard[0]] = c
}

// dropShardLocked forgets c as a shard's connection; s.mu is held.
func (g *gateway) dropShardLocked(c *gatewayConn) {
	for n, sc := range g.shards {
		if sc == c {
			delete(g.shards, n)
		}
	}
}

// WaitShards blocks until n shards (0 to n-1) have identified and are
// connected.
func (s *Server) WaitShards(ctx context.Context, n int) error {
	for {
		s.mu.Lock()
		ok := true
		for i := range n {
			if s.gw.shards[i] == nil {
				ok = false
			}
		}
		changed, closed := s.changed, s.closed
		s.mu.Unlock()
		switch {
		case ok:
			return nil
		case closed:
			return ErrClosed
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return fmt.Errorf("wait for %d shards: %w", n, ctx.Err())
		}
	}
}

// DispatchShard is Dispatch to the connection of one shard.
func (s *Server) DispatchShard(shard int, event string, data any) error {
	d, err := json.Marshal(data)
	if err != nil {
		return fmt.Errorf("dispatch %s: %w", event, err)
	}
	s.mu.Lock()
	c := s.gw.shards[shard]
	s.mu.Unlock()
	if c == nil {
		return fmt.Errorf("dispatch %s to shard %d: %w", event, shard, ErrNotConnected)
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	if err := c.dispatchLocked(event, d); err != nil {
		return fmt.Errorf("dispatch %s: %w", event, err)
	}
	return nil
}

// InteractionOn is Interaction dispatched to one shard.
func (s *Server) InteractionOn(shard int, in Interaction) (SentInteraction, error) {
	payload, sent, err := s.buildInteraction(in)
	if err != nil {
		return SentInteraction{}, err
	}
	return sent, s.DispatchShard(shard, "INTERACTION_CREATE", json.RawMessage(payload))
}

// MessageOn is Message dispatched to one shard.
func (s *Server) MessageOn(shard int, m Message) (string, error) {
	id, payload := s.storeMessage(m)
	return id, s.DispatchShard(shard, "MESSAGE_CREATE", json.RawMessage(payload))
}
