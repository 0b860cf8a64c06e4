# cython: language_level=3, infer_types=True, cdivision=True, boundscheck=False, wraparound=False
"""The validity checks of spaCy's entity recogniser's moves, compiled again (an exact lever).

The entity recogniser asks, at every step of every sentence, whether each of its moves
(begin, in, last, unit or out an entity of each label: 74 in en_core_web_sm) is valid. In the
spaCy wheel these checks, and the parser-state methods they call, take and release the GIL on
every call, which made them half of the recogniser's time. The checks below are spaCy 3.8's
own (spacy/pipeline/_parser_internals/ner.pyx, MIT licence), unchanged, except that they read
the parser state's fields through the small functions above them (copies of the state's
methods in _state.pxd) instead of calling its methods: those are virtual, so a call would run
the wheel's compiled copy, GIL and all. `rebind` points the moves of one loaded recogniser at
these checks, so it makes the same decisions, faster. Written by hand because no library
offers it: it is spaCy's code, built again.
"""

from cython.operator cimport dereference as deref
from cython.operator cimport preincrement as incr
from libc.stdlib cimport calloc, free, realloc
from libc.string cimport memcpy, memset
from libcpp.unordered_map cimport unordered_map
from libcpp.vector cimport vector
from spacy.attrs cimport IS_SPACE
from spacy.lexeme cimport Lexeme
from spacy.ml.parser_model cimport (
    ActivationsC,
    SizesC,
    WeightsC,
    arg_max_if_valid,
    get_c_sizes,
    get_c_weights,
)
from spacy.pipeline._parser_internals._state cimport ArcC, StateC
from spacy.pipeline._parser_internals.ner cimport BiluoPushDown
from spacy.pipeline._parser_internals.stateclass cimport StateClass
from spacy.pipeline._parser_internals.transition_system cimport Transition, TransitionSystem
from spacy.pipeline.transition_parser cimport Parser
from spacy.structs cimport SpanC, TokenC
from spacy.typedefs cimport attr_t
from thinc.backends.cblas cimport CBlas, saxpy, sgemm
from thinc.backends.linalg cimport Vec, VecVec

import spacy
from thinc.api import CupyOps, NumpyOps, set_dropout_rate

NUMPY_OPS = NumpyOps()

# The spaCy release whose struct layouts and move numbering this module was compiled against.
COMPILED_FOR = spacy.__version__

# The move numbers of ner.pyx's enum (MISSING, BEGIN, IN, LAST, UNIT, OUT).
cdef enum:
    MISSING
    BEGIN
    IN
    LAST
    UNIT
    OUT


# Copies of StateC's methods B, safe_get, B_, buffer_length, entity_is_open and get_ent, with
# the same expressions (and so the same integer types), reading the fields directly.
cdef inline int state_b(const StateC* st, int i) noexcept nogil:
    if i < 0:
        return -1
    elif i < st._rebuffer.size():
        return st._rebuffer[st._rebuffer.size() - (i + 1)]
    else:
        b_i = st._b_i + (i - st._rebuffer.size())
        if b_i >= st.length:
            return -1
        else:
            return b_i


cdef inline const TokenC* state_b_token(const StateC* st, int i) noexcept nogil:
    cdef int j = state_b(st, i)
    if j < 0 or j >= st.length:
        return &st._empty_token
    else:
        return &st._sent[j]


cdef inline int buffer_length(const StateC* st) noexcept nogil:
    return (st.length - st._b_i) + st._rebuffer.size()


cdef inline bint entity_is_open(const StateC* st) noexcept nogil:
    if st._ents.size() == 0:
        return False
    else:
        return st._ents.back().end == -1


cdef inline SpanC open_entity(const StateC* st) noexcept nogil:
    cdef SpanC ent
    if st._ents.size() == 0:
        ent.start = 0
        ent.end = 0
        ent.label = 0
        return ent
    else:
        return st._ents.back()


# Copies of StateC's methods push, pop, open_ent and close_ent, on the fields. (push's first
# line reads B(0) into a variable it then overwrites in both branches: left out.)
cdef inline void state_push(StateC* st) noexcept nogil:
    if st._rebuffer.size():
        b0 = st._rebuffer.back()
        st._rebuffer.pop_back()
    else:
        b0 = st._b_i
        st._b_i += 1
    st._stack.push_back(b0)


cdef inline void state_pop(StateC* st) noexcept nogil:
    st._stack.pop_back()


cdef inline void state_open_ent(StateC* st, attr_t label) noexcept nogil:
    cdef SpanC ent
    ent.start = state_b(st, 0)
    ent.label = label
    ent.end = -1
    st._ents.push_back(ent)


cdef inline void state_close_ent(StateC* st) noexcept nogil:
    st._ents.back().end = state_b(st, 0) + 1


cdef bint begin_is_valid(const StateC* st, attr_t label) noexcept nogil:
    cdef int preset_ent_iob = state_b_token(st, 0).ent_iob
    cdef attr_t preset_ent_label = state_b_token(st, 0).ent_type
    if entity_is_open(st):
        return False
    if buffer_length(st) < 2:
        return False
    elif label == 0:
        return False
    elif preset_ent_iob == 1:
        return False
    elif preset_ent_iob == 3:
        if label != preset_ent_label:
            return False
        elif state_b_token(st, 1).ent_iob != 1:
            return False
        else:
            return True
    elif state_b_token(st, 1).ent_iob == 3:
        return False
    elif state_b_token(st, 1).sent_start == 1:
        return False
    elif Lexeme.get_struct_attr(state_b_token(st, 0).lex, IS_SPACE):
        return False
    else:
        return True


cdef bint in_is_valid(const StateC* st, attr_t label) noexcept nogil:
    if not entity_is_open(st):
        return False
    if buffer_length(st) < 2:
        return False
    ent = open_entity(st)
    cdef int preset_ent_iob = state_b_token(st, 0).ent_iob
    cdef attr_t preset_ent_label = state_b_token(st, 0).ent_type
    if label == 0:
        return False
    elif ent.label != label:
        return False
    elif preset_ent_iob == 3:
        return False
    elif state_b_token(st, 1).ent_iob == 3:
        return False
    elif preset_ent_iob == 1:
        if state_b_token(st, 1).ent_iob in (0, 2):
            return False
        elif label != preset_ent_label:
            return False
        else:
            return True
    elif state_b(st, 1) != -1 and state_b_token(st, 1).sent_start == 1:
        return False
    else:
        return True


cdef bint last_is_valid(const StateC* st, attr_t label) noexcept nogil:
    cdef int preset_ent_iob = state_b_token(st, 0).ent_iob
    cdef attr_t preset_ent_label = state_b_token(st, 0).ent_type
    if label == 0:
        return False
    elif not entity_is_open(st):
        return False
    elif preset_ent_iob == 1 and state_b_token(st, 1).ent_iob != 1:
        if label != preset_ent_label:
            return False
        else:
            return True
    elif open_entity(st).label != label:
        return False
    elif state_b_token(st, 1).ent_iob == 1:
        return False
    else:
        return True


cdef bint unit_is_valid(const StateC* st, attr_t label) noexcept nogil:
    cdef int preset_ent_iob = state_b_token(st, 0).ent_iob
    cdef attr_t preset_ent_label = state_b_token(st, 0).ent_type
    if label == 0:
        if preset_ent_label == 0 and preset_ent_iob == 3:
            return True
        else:
            return False
    elif entity_is_open(st):
        return False
    elif state_b_token(st, 1).ent_iob == 1:
        return False
    elif preset_ent_iob == 3:
        if label != preset_ent_label:
            return False
        else:
            return True
    elif Lexeme.get_struct_attr(state_b_token(st, 0).lex, IS_SPACE):
        return False
    else:
        return True


cdef bint out_is_valid(const StateC* st, attr_t label) noexcept nogil:
    cdef int preset_ent_iob = state_b_token(st, 0).ent_iob
    if entity_is_open(st):
        return False
    elif preset_ent_iob == 3:
        return False
    elif preset_ent_iob == 1:
        return False
    else:
        return True


cdef bint missing_is_valid(const StateC* st, attr_t label) noexcept nogil:
    return False


# The moves' transitions, as ner.pyx's Begin, In, Last, Unit, Out and Missing.transition.
cdef int begin_do(StateC* st, attr_t label) noexcept nogil:
    state_open_ent(st, label)
    state_push(st)
    state_pop(st)


cdef int in_or_out_do(StateC* st, attr_t label) noexcept nogil:
    # In.transition and Out.transition are the same: the token joins or stays out of the
    # entity and the buffer moves on.
    state_push(st)
    state_pop(st)


cdef int last_do(StateC* st, attr_t label) noexcept nogil:
    state_close_ent(st)
    state_push(st)
    state_pop(st)


cdef int unit_do(StateC* st, attr_t label) noexcept nogil:
    state_open_ent(st, label)
    state_close_ent(st)
    state_push(st)
    state_pop(st)


cdef int missing_do(StateC* st, attr_t label) noexcept nogil:
    pass


def rebind(BiluoPushDown moves) -> int:
    """Point every move of `moves` at the validity check above for its kind; the number of
    moves rebound."""
    cdef int i
    for i in range(moves.n_moves):
        kind = moves.c[i].move
        if kind == BEGIN:
            moves.c[i].is_valid, moves.c[i].do = begin_is_valid, begin_do
        elif kind == IN:
            moves.c[i].is_valid, moves.c[i].do = in_is_valid, in_or_out_do
        elif kind == LAST:
            moves.c[i].is_valid, moves.c[i].do = last_is_valid, last_do
        elif kind == UNIT:
            moves.c[i].is_valid, moves.c[i].do = unit_is_valid, unit_do
        elif kind == OUT:
            moves.c[i].is_valid, moves.c[i].do = out_is_valid, in_or_out_do
        elif kind == MISSING:
            moves.c[i].is_valid, moves.c[i].do = missing_is_valid, missing_do
        else:
            raise ValueError(f"unknown entity move kind {kind}")
    return moves.n_moves


def rebound(BiluoPushDown moves) -> bool:
    """Whether every move of `moves` runs a check of this module."""
    cdef int i
    for i in range(moves.n_moves):
        check = moves.c[i].is_valid
        if not (
            check == begin_is_valid or check == in_is_valid or check == last_is_valid
            or check == unit_is_valid or check == out_is_valid or check == missing_is_valid
        ):
            return False
    return True



# The greedy parse of a transition-based component (the parser and the entity recogniser),
# as spaCy 3.8's Parser.greedy_parse, _parseC and c_transition_batch
# (spacy/pipeline/transition_parser.pyx) and predict_states, sum_state_features and
# resize_activations (spacy/ml/parser_model.pyx), MIT licence, unchanged but for the state's
# context tokens, read from its fields (`context_tokens`), and its end test (`state_is_final`).

cdef inline int state_s(const StateC* st, int i) noexcept nogil:
    if i >= st._stack.size():
        return -1
    elif i < 0:
        return -1
    return st._stack[st._stack.size() - (i + 1)]


cdef inline int nth_child(
    const unordered_map[int, vector[ArcC]]& heads_arcs, int head, int idx
) noexcept nogil:
    if idx < 1:
        return -1
    head_arcs_it = heads_arcs.const_find(head)
    if head_arcs_it == heads_arcs.const_end():
        return -1
    cdef const vector[ArcC]* arcs = &deref(head_arcs_it).second
    cdef size_t child_index = 0
    arcs_it = arcs.const_rbegin()
    while arcs_it != arcs.const_rend() and child_index != idx:
        arc = deref(arcs_it)
        if arc.child != -1:
            child_index += 1
            if child_index == idx:
                return arc.child
        incr(arcs_it)
    return -1


cdef inline bint state_is_final(const StateC* st) noexcept nogil:
    return <int>st._stack.size() <= 0 and buffer_length(st) == 0


cdef void context_tokens(StateC* st, int* ids, int n) noexcept nogil:
    """StateC.set_context_tokens for the entity recogniser's 3 features and the parser's 8;
    the state's own method for any other number."""
    cdef int i
    if n == 3:
        if state_b(st, 0) >= 0:
            ids[0] = state_b(st, 0)
        else:
            ids[0] = -1
        if entity_is_open(st):
            ids[1] = -1 if st._ents.size() == 0 else st._ents.back().start
        else:
            ids[1] = -1
        if ids[0] == -1 or ids[1] == -1:
            ids[2] = -1
        else:
            ids[2] = ids[0] - 1
    elif n == 8:
        ids[0] = state_b(st, 0)
        ids[1] = state_b(st, 1)
        ids[2] = state_s(st, 0)
        ids[3] = state_s(st, 1)
        ids[4] = state_s(st, 2)
        ids[5] = nth_child(st._left_arcs, state_b(st, 0), 1)
        ids[6] = nth_child(st._left_arcs, state_s(st, 0), 1)
        ids[7] = nth_child(st._right_arcs, state_s(st, 0), 1)
    else:
        st.set_context_tokens(ids, n)
        return
    for i in range(n):
        if ids[i] >= 0:
            ids[i] += st.offset
        else:
            ids[i] = -1


cdef void resize_activations(ActivationsC* A, SizesC n) noexcept nogil:
    if n.states <= A._max_size:
        A._curr_size = n.states
        return
    if A._max_size == 0:
        A.token_ids = <int*>calloc(n.states * n.feats, sizeof(A.token_ids[0]))
        A.scores = <float*>calloc(n.states * n.classes, sizeof(A.scores[0]))
        A.unmaxed = <float*>calloc(n.states * n.hiddens * n.pieces, sizeof(A.unmaxed[0]))
        A.hiddens = <float*>calloc(n.states * n.hiddens, sizeof(A.hiddens[0]))
        A.is_valid = <int*>calloc(n.states * n.classes, sizeof(A.is_valid[0]))
        A._max_size = n.states
    else:
        A.token_ids = <int*>realloc(A.token_ids, n.states * n.feats * sizeof(A.token_ids[0]))
        A.scores = <float*>realloc(A.scores, n.states * n.classes * sizeof(A.scores[0]))
        A.unmaxed = <float*>realloc(
            A.unmaxed, n.states * n.hiddens * n.pieces * sizeof(A.unmaxed[0])
        )
        A.hiddens = <float*>realloc(A.hiddens, n.states * n.hiddens * sizeof(A.hiddens[0]))
        A.is_valid = <int*>realloc(A.is_valid, n.states * n.classes * sizeof(A.is_valid[0]))
        A._max_size = n.states
    A._curr_size = n.states


cdef void sum_state_features(
    CBlas cblas, float* output, const float* cached, const int* token_ids, int B, int F, int O
) noexcept nogil:
    cdef int idx, b, f
    cdef const float* feature
    padding = cached
    cached += F * O
    cdef int id_stride = F*O
    cdef float one = 1.
    for b in range(B):
        for f in range(F):
            if token_ids[f] < 0:
                feature = &padding[f*O]
            else:
                idx = token_ids[f] * id_stride + f*O
                feature = &cached[idx]
            saxpy(cblas)(O, one, <const float*>feature, 1, &output[b*O], 1)
        token_ids += F


cdef void predict_states(
    CBlas cblas, ActivationsC* A, StateC** states, const WeightsC* W, SizesC n
) noexcept nogil:
    resize_activations(A, n)
    for i in range(n.states):
        context_tokens(states[i], &A.token_ids[i*n.feats], n.feats)
    memset(A.unmaxed, 0, n.states * n.hiddens * n.pieces * sizeof(float))
    memset(A.hiddens, 0, n.states * n.hiddens * sizeof(float))
    sum_state_features(
        cblas, A.unmaxed, W.feat_weights, A.token_ids, n.states, n.feats, n.hiddens * n.pieces
    )
    for i in range(n.states):
        VecVec.add_i(&A.unmaxed[i*n.hiddens*n.pieces], W.feat_bias, 1., n.hiddens * n.pieces)
        for j in range(n.hiddens):
            index = i * n.hiddens * n.pieces + j * n.pieces
            which = Vec.arg_max(&A.unmaxed[index], n.pieces)
            A.hiddens[i*n.hiddens + j] = A.unmaxed[index + which]
    memset(A.scores, 0, n.states * n.classes * sizeof(float))
    if W.hidden_weights == NULL:
        memcpy(A.scores, A.hiddens, n.states * n.classes * sizeof(float))
    else:
        sgemm(cblas)(
            False, True, n.states, n.classes, n.hiddens,
            1.0, <const float *>A.hiddens, n.hiddens,
            <const float *>W.hidden_weights, n.hiddens,
            0.0, A.scores, n.classes
        )
        for i in range(n.states):
            VecVec.add_i(&A.scores[i*n.classes], W.hidden_bias, 1., n.classes)
    i = 0
    min_ = A.scores[0]
    for i in range(1, n.states * n.classes):
        if A.scores[i] < min_:
            min_ = A.scores[i]
    for i in range(n.states):
        for j in range(n.classes):
            if not W.seen_classes[j]:
                A.scores[i*n.classes+j] = min_


cdef void transition_batch(
    TransitionSystem moves, StateC** states, const float* scores, int nr_class, int batch_size
) noexcept nogil:
    is_valid = <int*>calloc(moves.n_moves, sizeof(int))
    cdef int i, guess
    cdef Transition action
    for i in range(batch_size):
        moves.set_valid(is_valid, states[i])
        guess = arg_max_if_valid(&scores[i*nr_class], is_valid, nr_class)
        if guess == -1:
            states[i].force_final()
        else:
            action = moves.c[guess]
            action.do(states[i], action.label)
    free(is_valid)


cdef void parse_states(
    CBlas cblas, StateC** states, WeightsC weights, SizesC sizes, TransitionSystem moves
) noexcept nogil:
    cdef int i
    cdef vector[StateC*] unfinished
    cdef ActivationsC activations
    memset(&activations, 0, sizeof(activations))
    resize_activations(&activations, sizes)
    while sizes.states >= 1:
        predict_states(cblas, &activations, states, &weights, sizes)
        transition_batch(moves, states, activations.scores, sizes.classes, sizes.states)
        for i in range(sizes.states):
            if not state_is_final(states[i]):
                unfinished.push_back(states[i])
        for i in range(unfinished.size()):
            states[i] = unfinished[i]
        sizes.states = unfinished.size()
        unfinished.clear()
    free(activations.token_ids)
    free(activations.scores)
    free(activations.unmaxed)
    free(activations.hiddens)
    free(activations.is_valid)


def greedy_parse(Parser parser, docs):
    """`parser.greedy_parse(docs)`: the states of a greedy parse of `docs` (a list of Docs),
    by the loop above."""
    cdef vector[StateC*] states
    cdef StateClass state
    cdef CBlas cblas
    cdef TransitionSystem moves = parser.moves
    if moves.n_moves <= 0:
        raise ValueError(f"the component {parser.name!r} has no moves: it is not trained")
    ops = parser.model.ops
    cblas = NUMPY_OPS.cblas() if isinstance(ops, CupyOps) else ops.cblas()
    parser._ensure_labels_are_added(docs)
    set_dropout_rate(parser.model, 0.0)
    batch = moves.init_batch(docs)
    model = parser.model.predict(docs)
    weights = get_c_weights(model)
    for state in batch:
        if not state.is_final():
            states.push_back(state.c)
    sizes = get_c_sizes(model, states.size())
    if states.size():
        with nogil:
            parse_states(cblas, &states[0], weights, sizes, moves)
    model.clear_memory()
    del model
    return batch
