"""Data classes: the ``__init__`` some of them spell out matches their fields."""

import dataclasses

import pytest

from analysis import models
from analysis.actors import _Span
from analysis.models import Actor
from analysis.signals import Rule, Trigger

FROZEN = [models.Block, models.Sentence, models.Actor, models.Mention, models.Signal]
SPELLED_OUT = [*FROZEN, Rule, Trigger, _Span]


def value_for(field: dataclasses.Field, i: int):
    """A value of the field's type that no other field of the class gets."""
    # a string in pure Python (postponed annotations), a class when compiled
    kind = field.type if isinstance(field.type, str) else field.type.__name__
    if kind == "int":
        return 1000 + i
    if kind == "float":
        return i + 0.5
    if kind.startswith("tuple"):
        return (f"value {i}",)
    if kind == "Actor":
        return Actor(f"Actor {i}", "state", f"Actor {i}")
    return f"value {i}"  # str, str | None and the Literal types


@pytest.mark.parametrize("cls", SPELLED_OUT, ids=lambda c: c.__name__)
def test_positional_arguments_fill_the_fields_in_order(cls):
    fields = dataclasses.fields(cls)
    values = [value_for(f, i) for i, f in enumerate(fields)]
    made = cls(*values)
    assert [getattr(made, f.name) for f in fields] == values


@pytest.mark.parametrize("cls", SPELLED_OUT, ids=lambda c: c.__name__)
def test_keyword_arguments_and_defaults_are_the_fields(cls):
    fields = dataclasses.fields(cls)
    required = {
        f.name: value_for(f, i)
        for i, f in enumerate(fields)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    made = cls(**required)
    for f in fields:
        expected = required.get(f.name, f.default)
        assert getattr(made, f.name) == expected, f.name


@pytest.mark.parametrize("cls", FROZEN, ids=lambda c: c.__name__)
def test_they_stay_frozen_equal_and_hashable(cls):
    fields = dataclasses.fields(cls)
    values = [value_for(f, i) for i, f in enumerate(fields)]
    a, b = cls(*values), cls(*values)
    assert a == b and hash(a) == hash(b)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(a, fields[0].name, values[0])
