# cython: language_level=3, boundscheck=False, wraparound=False
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

from spacy.attrs cimport IS_SPACE
from spacy.lexeme cimport Lexeme
from spacy.pipeline._parser_internals._state cimport StateC
from spacy.pipeline._parser_internals.ner cimport BiluoPushDown
from spacy.structs cimport SpanC, TokenC
from spacy.typedefs cimport attr_t

import spacy

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


cdef int in_do(StateC* st, attr_t label) noexcept nogil:
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


cdef int out_do(StateC* st, attr_t label) noexcept nogil:
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
            moves.c[i].is_valid, moves.c[i].do = in_is_valid, in_do
        elif kind == LAST:
            moves.c[i].is_valid, moves.c[i].do = last_is_valid, last_do
        elif kind == UNIT:
            moves.c[i].is_valid, moves.c[i].do = unit_is_valid, unit_do
        elif kind == OUT:
            moves.c[i].is_valid, moves.c[i].do = out_is_valid, out_do
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
